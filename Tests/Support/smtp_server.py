#!/usr/bin/env python3
"""A real SMTP server for brief's mail tests: aiosmtpd on loopback, STARTTLS on a certificate the
tests make, AUTH, a mailbox folder, and faults switched on by a JSON file that is re-read for
every command, so a test can change them between runs. Prints "READY <port>" when listening."""
import argparse
import asyncio
import json
import os
import socket
import ssl
import sys
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user", default="brief")
parser.add_argument("--password", default="secret")
parser.add_argument("--mailbox", required=True)
parser.add_argument("--mode", choices=["starttls", "implicit", "plain"], default="starttls")
parser.add_argument("--only-login", action="store_true", help="offer AUTH LOGIN but not PLAIN")
parser.add_argument("--faults", required=True, help="JSON: defer_data (count of 451s to the end of DATA), reject (addresses), drop_during_data, drop_after_data (counts), slow_data (seconds)")
args = parser.parse_args()


def faults():
    try:
        with open(args.faults) as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


def spend(key):
    """Uses up one of a fault's count; true when the fault fires."""
    f = faults()
    if f.get(key, 0) > 0:
        f[key] -= 1
        with open(args.faults + ".tmp", "w") as out:
            json.dump(f, out)
        os.replace(args.faults + ".tmp", args.faults)
        return True
    return False


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in faults().get("reject", []):
            return "550 5.1.1 user unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        # A slow server, so a test can stop the client while it waits for the reply.
        await asyncio.sleep(faults().get("slow_data", 0))
        if spend("defer_data"):
            return "451 4.3.0 try again later"
        name = f"{time.time_ns()}-{uuid.uuid4().hex[:8]}"
        with open(os.path.join(args.mailbox, name + ".json"), "w") as out:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "tls": server.transport.get_extra_info("ssl_object") is not None, "user": getattr(session, "login_data", None) is not None or session.authenticated}, out)
        with open(os.path.join(args.mailbox, name + ".eml"), "wb") as out:
            out.write(envelope.original_content or envelope.content)
        if spend("drop_after_data"):
            # The message arrived whole, but the client never hears the 250.
            server.transport.close()
            return "250 never heard"
        return "250 2.0.0 OK"


class FaultySMTP(SMTP):
    async def smtp_DATA(self, arg):
        if faults().get("drop_during_data", 0) > 0 and self.envelope is not None and self.envelope.rcpt_tos:
            spend("drop_during_data")
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            await self._reader.read(200)
            self.transport.close()
            return
        await super().smtp_DATA(arg)


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == args.user.encode() and auth_data.password == args.password.encode()
    return AuthResult(success=ok, handled=False)


class FaultyController(Controller):
    def factory(self):
        return FaultySMTP(self.handler, **self.SMTP_kwargs)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


context = None
if args.cert and args.mode != "plain":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
port = free_port()
smtp = dict(authenticator=authenticator, auth_require_tls=args.mode == "starttls")
if args.only_login:
    smtp["auth_exclude_mechanism"] = ["PLAIN"]
if args.mode == "starttls":
    smtp.update(tls_context=context, require_starttls=True)
elif args.mode == "implicit":
    # TLS from the first byte (smtps); the controller's readiness check must speak TLS too.
    smtp.update(ssl_context=context)
controller = FaultyController(Handler(), hostname="127.0.0.1", port=port, **smtp)
controller.start()
print(f"READY {port}", flush=True)
try:
    sys.stdin.read()  # runs until the test closes standard input or kills it
finally:
    controller.stop()
