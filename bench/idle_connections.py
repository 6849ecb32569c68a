"""Open N client connections through a proxy (CONNECT localhost:443, TLS handshake with the proxy's leaf),
then hold them idle for a while. Loopback only. Usage: idle_connections.py N PROXY_PORT HOLD_SECONDS"""
import socket
import ssl
import sys
import time

n, port, hold = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
held = []
failed = 0
for _ in range(n):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(b"CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\n\r\n")
        if b" 200" not in s.recv(4096):
            raise OSError("CONNECT refused")
        held.append(ctx.wrap_socket(s, server_hostname="localhost"))
    except OSError:
        failed += 1
print("open %d, failed %d" % (len(held), failed), flush=True)
time.sleep(hold)
