#!/usr/bin/env python3
"""Run a test with no way to send DNS traffic beyond loopback.

    offline_dns.py [--timeout SECONDS] [--] COMMAND [ARGS...]

The command runs in a new network and mount namespace (unshare -n -m, needs root) in which only
`lo` exists and is up, /etc/resolv.conf names 127.0.0.1 as the only name server, and a tiny fake
name server on 127.0.0.1:53 answers by the first label of the name asked:

    servfail.<anything>   SERVFAIL           getaddrinfo: EAI_AGAIN (the name server failed)
    silent.<anything>     never answers      getaddrinfo blocks for --timeout seconds, then EAI_AGAIN
    loopback.<anything>   127.0.0.1 and ::1  a name that resolves, through the resolver
    anything else         NXDOMAIN           getaddrinfo: EAI_NONAME (no-such-host.invalid)

/etc/hosts stays, so "localhost" resolves as usual. The command sees SOCKETLAB_OFFLINE_DNS=1 in
its environment (tests check it and skip the DNS cases when run without this wrapper). The exit
code is the command's. When namespaces are not available (not root, no unshare, a container that
forbids them) nothing runs: the reason goes to stderr and the exit code is 77, which CTest reports
as "Skipped" (see socketlab_run_offline in tests/CMakeLists.txt).
"""
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading

SKIP = 77
INNER_FLAG = "--inside-namespace"
DEFAULT_TIMEOUT = 2  # seconds a "silent." lookup blocks: long enough to press Stop, short for ctest


def skip(reason):
    sys.stderr.write("offline_dns: SKIPPED: %s\n" % reason)
    sys.stderr.flush()
    return SKIP


def question_end(packet):
    """Offset just past the question's name, type and class, or None for a malformed query."""
    offset = 12
    while offset < len(packet):
        length = packet[offset]
        if length == 0:
            return offset + 5 if offset + 5 <= len(packet) else None
        if length & 0xC0:
            return None
        offset += 1 + length
    return None


def first_label(packet):
    length = packet[12] if len(packet) > 12 else 0
    return packet[13:13 + length].decode("ascii", "replace").lower()


def answer(packet):
    """The response to one query, or None to stay silent."""
    end = question_end(packet)
    if len(packet) < 12 or end is None:
        return None
    label = first_label(packet)
    if label == "silent":
        return None
    (qid, flags) = struct.unpack("!HH", packet[:4])
    qtype = struct.unpack("!H", packet[end - 4:end - 2])[0]
    records = []
    rcode = 3  # NXDOMAIN
    if label == "servfail":
        rcode = 2
    elif label == "loopback":
        rcode = 0
        if qtype == 1:
            records.append((1, socket.inet_pton(socket.AF_INET, "127.0.0.1")))
        elif qtype == 28:
            records.append((28, socket.inet_pton(socket.AF_INET6, "::1")))
    # QR, the query's opcode and RD, RA set; one question, the answers, no authority/additional.
    reply_flags = 0x8000 | (flags & 0x7900) | 0x0080 | rcode
    header = struct.pack("!HHHHHH", qid, reply_flags, 1, len(records), 0, 0)
    body = packet[12:end]
    for rtype, data in records:
        body += struct.pack("!HHHIH", 0xC00C, rtype, 1, 60, len(data)) + data
    return header + body


def serve(sock):
    while True:
        try:
            packet, peer = sock.recvfrom(512)
        except OSError:
            return
        reply = answer(packet)
        if reply is not None:
            sock.sendto(reply, peer)


def run(command, cmd, **kwargs):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)


def inside(timeout, command):
    try:
        run(command, ["ip", "link", "set", "lo", "up"])
    except (OSError, subprocess.CalledProcessError) as error:
        return skip("cannot bring up lo in the new network namespace: %s" % error)
    workdir = tempfile.mkdtemp(prefix="socketlab-offline-dns-")
    resolv = os.path.join(workdir, "resolv.conf")
    with open(resolv, "w") as out:
        out.write("nameserver 127.0.0.1\noptions timeout:%d attempts:1\n" % timeout)
    nsswitch = os.path.join(workdir, "nsswitch.conf")
    with open(nsswitch, "w") as out:
        # Only files and our name server: no nss-resolve, mDNS or other module can ask outside.
        out.write("hosts: files dns\n")
    try:
        run(command, ["mount", "--bind", resolv, "/etc/resolv.conf"])
        if os.path.exists("/etc/nsswitch.conf"):
            run(command, ["mount", "--bind", nsswitch, "/etc/nsswitch.conf"])
        # A running nscd would answer for us from outside: hide its socket.
        for nscd in ("/run/nscd", "/var/run/nscd"):
            if os.path.isdir(nscd) and not os.path.islink(nscd):
                run(command, ["mount", "-t", "tmpfs", "tmpfs", nscd])
    except (OSError, subprocess.CalledProcessError) as error:
        return skip("cannot bind-mount resolv.conf in the new mount namespace: %s" % error)
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(("127.0.0.1", 53))
    threading.Thread(target=serve, args=(server,), daemon=True).start()
    env = dict(os.environ, SOCKETLAB_OFFLINE_DNS="1")
    result = subprocess.run(command, env=env)
    shutil.rmtree(workdir, ignore_errors=True)
    return result.returncode if result.returncode >= 0 else 128 - result.returncode


def main(argv):
    args = list(argv)
    timeout = DEFAULT_TIMEOUT
    is_inner = False
    while args and args[0].startswith("--"):
        option = args.pop(0)
        if option == "--":
            break
        if option == INNER_FLAG:
            is_inner = True
        elif option == "--timeout" and args:
            timeout = int(args.pop(0))
        else:
            sys.stderr.write(__doc__)
            return 2
    if not args:
        sys.stderr.write(__doc__)
        return 2
    if is_inner:
        return inside(timeout, args)
    if os.geteuid() != 0:
        return skip("a network namespace needs root (run the tests as root, as CI does)")
    unshare = shutil.which("unshare")
    if not unshare or not shutil.which("ip") or not shutil.which("mount"):
        return skip("unshare, ip (iproute2) and mount (util-linux) are needed")
    probe = subprocess.run([unshare, "--net", "--mount", "true"], stderr=subprocess.PIPE, text=True)
    if probe.returncode != 0:
        return skip("unshare --net --mount is not allowed here: %s" % probe.stderr.strip())
    inner = [unshare, "--net", "--mount", "--", sys.executable, os.path.abspath(__file__), INNER_FLAG,
             "--timeout", str(timeout), "--"] + args
    result = subprocess.run(inner)
    return result.returncode if result.returncode >= 0 else 128 - result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
