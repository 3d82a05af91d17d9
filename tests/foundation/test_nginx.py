"""Webhook mode behind a real reverse proxy: Debian's nginx with TLS in front of the bot.

The fake Bot API delivers updates to https://127.0.0.1:<nginx>/telegram-hook as Telegram
would (trusting the test's self-signed certificate); nginx runs ``deploy/nginx/hrbot.conf``
(only ports and certificate paths changed) and passes them to ``hrbot run --webhook`` on
loopback. The secret-token header is checked end to end: a request through nginx with a
wrong header is refused by the bot.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import shutil
import socket
import ssl
from pathlib import Path

import aiohttp
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bot.runner import running_bot, webhook_secret
from bot.sandbox.fakeapi import FakeBotAPI
from tests.conftest import ROOT, TOKEN, make_settings, replace_core

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
pytestmark = pytest.mark.skipif(
    NGINX is None,
    reason="Debian's nginx is not installed (.ci/run installs it: apt-get install nginx-light)",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def nginx_conf(folder: Path, proxy_port: int, bot_port: int, cert: Path, key: Path) -> Path:
    """deploy/nginx/hrbot.conf with this test's ports and certificate, in a minimal nginx.conf."""
    server = (ROOT / "deploy" / "nginx" / "hrbot.conf").read_text()
    replacements = {
        "listen 443 ssl;": f"listen 127.0.0.1:{proxy_port} ssl;",
        "/etc/letsencrypt/live/bot.example.org/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/bot.example.org/privkey.pem": str(key),
        "http://127.0.0.1:8443": f"http://127.0.0.1:{bot_port}",
    }
    for old, new in replacements.items():
        assert old in server, f"deploy/nginx/hrbot.conf no longer contains {old!r}"
        server = server.replace(old, new)
    (folder / "hrbot.conf").write_text(server)
    for sub in ("client", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / sub).mkdir()
    conf = folder / "nginx.conf"
    conf.write_text(f"""
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 64; }}
http {{
    client_body_temp_path {folder}/client;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/hrbot.conf;
}}
""")
    return conf


async def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.05)


async def test_updates_pass_through_nginx_with_the_secret_checked(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    proxy_port, bot_port = free_port(), free_port()
    conf = nginx_conf(tmp_path, proxy_port, bot_port, cert, key)
    test = await asyncio.create_subprocess_exec(
        NGINX,
        "-t",
        "-c",
        str(conf),
        "-p",
        str(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await test.communicate()
    assert test.returncode == 0, err.decode()
    nginx = await asyncio.create_subprocess_exec(
        NGINX,
        "-c",
        str(conf),
        "-p",
        str(tmp_path),
        "-g",
        "daemon off;",
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    api = FakeBotAPI(token=TOKEN, rate_limits=False, webhook_ca=str(cert))
    await api.start()
    try:
        await wait_for_port(proxy_port)
        url = f"https://127.0.0.1:{proxy_port}/telegram-hook"
        settings = replace_core(
            make_settings(tmp_path),
            api_url=api.base_url,
            webhook_url=url,
            webhook_listen="127.0.0.1",
            webhook_port=bot_port,
        )
        async with running_bot(settings, TOKEN, webhook=True):
            for lang, words in (("en", "harm reduction"), ("ru", "снижени")):
                user = api.add_user(language_code=lang)
                user.send_command("/start")
                reply = await user.next_message(timeout=15)
                assert words in reply["text"].lower()
            for _ in range(100):  # counted when nginx's answer reaches the fake server
                if api.stats["webhook_deliveries"] >= 2:
                    break
                await asyncio.sleep(0.05)
            assert api.stats["webhook_deliveries"] >= 2
            # Straight at nginx with a wrong or missing secret: the bot behind it refuses.
            update = {
                "update_id": 5_000_000,
                "message": {
                    "message_id": 1,
                    "date": 1,
                    "chat": {"id": 1, "type": "private"},
                    "from": {"id": 1, "is_bot": False, "first_name": "x"},
                    "text": "hi",
                },
            }
            context = ssl.create_default_context(cafile=str(cert))
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context)) as http:
                for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                    async with http.post(url, json=update, headers=headers) as response:
                        assert response.status == 403
                async with http.post(
                    url,
                    json=update,
                    headers={"X-Telegram-Bot-Api-Secret-Token": webhook_secret(settings)},
                ) as response:
                    assert response.status == 200
                # Only the webhook path is proxied.
                async with http.get(f"https://127.0.0.1:{proxy_port}/") as response:
                    assert response.status == 404
    finally:
        await api.stop()
        nginx.terminate()
        await asyncio.wait_for(nginx.wait(), 10)
