#!/usr/bin/env python3
"""What Python's standard email package reads in a message `brief mail` wrote: its headers, the
order of its parts, the text and HTML bodies, the attachment, and whether the wire format is
sound (CRLF line ends only, base64 lines of at most 76 characters, no parser defects).

Usage: mail_facts.py MESSAGE_EML BRIEFING_PDF
Prints one JSON object; "same_pdf" says whether the attachment is byte for byte BRIEFING_PDF.
"""
import email, email.policy, json, sys
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
parts = [p for p in msg.walk() if not p.is_multipart()]
text = [p for p in parts if p.get_content_type() == 'text/plain']
html = [p for p in parts if p.get_content_type() == 'text/html']
att = [p for p in parts if p.get_content_disposition() == 'attachment']
lines = raw.split(b'\r\n')
b64 = all(len(l) <= 76 for l in lines if l and not l.startswith((b'--', b'Content', b'From', b'To', b'Cc', b'Subject', b'Date', b'Message', b'MIME', b'This', b' ')))
print(json.dumps({
  'type': msg.get_content_type(), 'from': str(msg['From']), 'to': str(msg['To']), 'cc': str(msg['Cc']),
  'subject': str(msg['Subject']), 'date': bool(msg['Date']), 'id': str(msg['Message-ID']), 'mime': str(msg['MIME-Version']),
  'order': [p.get_content_type() for p in parts],
  'text': text[0].get_content() if text else None, 'html': html[0].get_content() if html else None,
  'attachments': len(att), 'filename': att[0].get_filename() if att else None,
  'same_pdf': att[0].get_content() == open(sys.argv[2], 'rb').read() if att else False,
  'bare_lf': b'\n' in raw.replace(b'\r\n', b''), 'b64_ok': b64, 'defects': len(msg.defects)}))
