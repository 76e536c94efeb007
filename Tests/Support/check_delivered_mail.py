#!/usr/bin/env python3
"""Checks one message the test SMTP server received from `brief mail --send`: exactly one
attachment, byte for byte the council's briefing and with the expected file name, a plain text
body that greets the expected person, one HTML body, every required header, and no parser defects.

Usage: check_delivered_mail.py MESSAGE_EML BRIEFING_PDF GREETING FILENAME
Prints "ok" if every check holds, else "bad".
"""
import email, email.policy, sys
msg = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
parts = [p for p in msg.walk() if not p.is_multipart()]
att = [p for p in parts if p.get_content_disposition() == 'attachment']
text = [p for p in parts if p.get_content_type() == 'text/plain'][0].get_content()
html = [p for p in parts if p.get_content_type() == 'text/html']
headers = all(msg[h] for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'))
ok = (len(att) == 1 and att[0].get_content() == open(sys.argv[2], 'rb').read() and att[0].get_filename() == sys.argv[4]
      and sys.argv[3] in text and len(html) == 1 and headers and not msg.defects)
print('ok' if ok else 'bad')
