#!/usr/bin/env python3
"""Run a real Neo4j Community 5.26 server on this machine, without Docker.

The jars come from Maven Central (``scripts/neo4j/pom.xml``, cached in ~/.m2), and the
server runs as a plain ``java`` process with everything it writes under one folder:

    python3 scripts/neo4j_local.py start [--dir DIR] [--port PORT] [--no-auth] [--gds]
    set -a; . DIR/env; set +a          # NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD
    python3 scripts/neo4j_local.py status [--dir DIR]
    python3 scripts/neo4j_local.py stop [--dir DIR]

DIR defaults to ``.neo4j`` in the project root. Only the standard library is used; if the
``neo4j`` Python driver can be imported, readiness is also checked with it.

The password is generated once per DIR (DIR/password) and set with ``neo4j-admin dbms
set-initial-password`` before the very first start, so the data never holds the expired
default neo4j/neo4j and switching between --auth and --no-auth keeps working. With
--no-auth, the server accepts any credentials, so DIR/env is the same in both modes.

--gds also loads Neo4j Graph Data Science (open-source edition, ``scripts/neo4j/gds/pom.xml``):
its jars that Neo4j does not already ship go to DIR/gds, which is both on the class path and
the server's plugin folder, and the ``gds.*`` procedures are allowed. A start without --gds runs the server without it.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POM = Path(__file__).resolve().parent / "neo4j" / "pom.xml"
GDS_POM = Path(__file__).resolve().parent / "neo4j" / "gds" / "pom.xml"
DEFAULT_DIR = ROOT / ".neo4j"
USERNAME = "neo4j"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

# What the distribution's bootloader would add from `server.jvm.additional`. Without the
# --add-opens the page cache falls back to a slow mode and native file access fails.
JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]


class Paths:
    def __init__(self, base: Path) -> None:
        self.base = base.resolve()
        self.lib = self.base / "lib"
        self.conf = self.base / "conf"
        self.data = self.base / "data"
        self.logs = self.base / "logs"
        self.run = self.base / "run"
        self.pid = self.base / "neo4j.pid"
        self.env = self.base / "env"
        self.password = self.base / "password"
        self.console = self.logs / "console.log"
        self.lib_marker = self.lib / ".complete"
        self.gds = self.base / "gds"
        self.gds_marker = self.gds / ".complete"


def say(message: str) -> None:
    print(f"neo4j_local: {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    say(message)
    raise SystemExit(1)


# ---------------------------------------------------------------- process handling


def read_pid(p: Paths) -> int | None:
    try:
        return int(p.pid.read_text().strip())
    except (OSError, ValueError):
        return None


def is_our_server(pid: int, p: Paths) -> bool:
    """True if pid is alive and (where /proc tells) is the Neo4j server for this DIR."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            return False
        with contextlib.suppress(OSError, IndexError):
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0] == "Z":
                return False  # a zombie: exited, not yet reaped
        return ENTRY_POINT.encode() in args and f"--home-dir={p.base}".encode() in args
    return True


def running_pid(p: Paths) -> int | None:
    pid = read_pid(p)
    return pid if pid is not None and is_our_server(pid, p) else None


def read_env(p: Paths) -> dict[str, str]:
    env: dict[str, str] = {}
    with contextlib.suppress(OSError):
        for line in p.env.read_text().splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                key, _, value = line.partition("=")
                env[key.strip()] = value.strip()
    return env


# ---------------------------------------------------------------- preparing DIR


def fetch_jars(p: Paths) -> None:
    if p.lib_marker.exists() and p.lib_marker.read_text() == POM.read_text():
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        fail("Maven (mvn) is needed to fetch the Neo4j jars; install it or fill DIR/lib yourself")
    tmp = p.base / "lib.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    say("fetching the Neo4j jars with Maven (cached in ~/.m2 after the first time)")
    cmd = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={tmp}"]
    result = subprocess.run(cmd, cwd=p.base, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0 or not any(tmp.glob("neo4j-server-*.jar")):
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        fail("mvn dependency:copy-dependencies failed")
    shutil.rmtree(p.lib, ignore_errors=True)
    tmp.rename(p.lib)
    p.lib_marker.write_text(POM.read_text())


def maven_artifacts(pom: Path, cwd: Path) -> set[str]:
    """The group:artifact of every jar a pom resolves to (`mvn dependency:list`)."""
    listing = cwd / "dependencies.txt"
    cmd = [
        shutil.which("mvn") or "mvn",
        "-q",
        "-B",
        "-f",
        str(pom),
        "dependency:list",
        f"-DoutputFile={listing}",
    ]
    result = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0 or not listing.exists():
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        fail("mvn dependency:list failed")
    found = set()
    for line in listing.read_text().splitlines():
        parts = line.strip().split(" ")[0].split(":")
        if len(parts) >= 5:
            found.add(f"{parts[0]}:{parts[1]}")
    listing.unlink()
    return found


def fetch_gds(p: Paths) -> None:
    """Graph Data Science's jars, less those Neo4j already has (its versions of shared libraries win)."""
    if p.gds_marker.exists() and p.gds_marker.read_text() == GDS_POM.read_text() + POM.read_text():
        return
    if shutil.which("mvn") is None:
        fail("Maven (mvn) is needed to fetch Graph Data Science; install it or fill DIR/gds yourself")
    tmp = p.base / "gds.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    say("fetching Graph Data Science with Maven (cached in ~/.m2 after the first time)")
    shipped = maven_artifacts(POM, tmp)
    tree = tmp / "repository"
    cmd = [
        shutil.which("mvn") or "mvn",
        "-q",
        "-B",
        "-f",
        str(GDS_POM),
        "dependency:copy-dependencies",
        "-Dmdep.useRepositoryLayout=true",
        f"-DoutputDirectory={tree}",
    ]
    result = subprocess.run(cmd, cwd=tmp, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0 or not tree.exists():
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        fail("mvn dependency:copy-dependencies failed for Graph Data Science")
    kept = 0
    for jar in sorted(tree.rglob("*.jar")):
        # repository layout: GROUP/PATH/ARTIFACT/VERSION/FILE
        *group, artifact, _version, _file = jar.relative_to(tree).parts
        if f"{'.'.join(group)}:{artifact}" not in shipped:
            shutil.copy2(jar, tmp / jar.name)
            kept += 1
    shutil.rmtree(tree)
    if not any(tmp.glob("proc-*.jar")):
        fail("Graph Data Science's procedures (org.neo4j.gds:proc) were not fetched")
    shutil.rmtree(p.gds, ignore_errors=True)
    tmp.rename(p.gds)
    p.gds_marker.write_text(GDS_POM.read_text() + POM.read_text())
    say(f"Graph Data Science: {kept} jars in {p.gds}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # As the server binds: connections of a server just stopped (TIME_WAIT) do not count.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def write_conf(p: Paths, port: int, auth: bool, heap: str, pagecache: str, gds: bool = False) -> None:
    p.conf.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Written by scripts/neo4j_local.py on every start; edits are lost.",
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        f"server.bolt.advertised_address=127.0.0.1:{port}",
        "server.http.enabled=false",
        "server.https.enabled=false",
        f"server.directories.data={p.data}",
        f"server.directories.logs={p.logs}",
        f"server.directories.run={p.run}",
        f"server.directories.import={p.base / 'import'}",
        # Neo4j finds procedures only in the jars of this folder, and kernel extensions (GDS's
        # registers what its procedures are given) only on the class path: GDS is on both.
        f"server.directories.plugins={p.gds if gds else p.base / 'plugins'}",
        # The JVM gets -Xms/-Xmx directly (there is no bootloader); these record the same.
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
        "dbms.usage_report.enabled=false",
        f"dbms.security.auth_enabled={'true' if auth else 'false'}",
        "db.tx_log.rotation.retention_policy=1 files",
        # Stop in ~2 s instead of ~10 s (Bolt waits 5 s twice for idle thread pools).
        "internal.server.bolt.thread_pool_shutdown_wait_time=1s",
        "internal.server.bolt.connection_shutdown_wait_time=1s",
    ]
    if gds:
        lines.append("dbms.security.procedures.unrestricted=gds.*")
    (p.conf / "neo4j.conf").write_text("\n".join(lines) + "\n")


def classpath(p: Paths, gds: bool = False) -> str:
    folders = [p.lib, p.gds] if gds else [p.lib]
    return os.pathsep.join(str(folder) + os.sep + "*" for folder in folders)


def ensure_password(p: Paths) -> str:
    """The password for DIR: generated once, and set in the data before its first start."""
    system_db_exists = (p.data / "databases" / "system").exists()
    if p.password.exists():
        password = p.password.read_text().strip()
    elif system_db_exists:
        fail(
            f"{p.data} already holds a Neo4j system database but {p.password} is missing, so its "
            f"password is unknown; stop the server and remove {p.data} to start afresh"
        )
    else:
        # [A-Za-z0-9_-]: safe to source from a shell unquoted; never with a leading '-', which
        # neo4j-admin would take for an option.
        password = "-"
        while password.startswith("-"):
            password = secrets.token_urlsafe(18)
    if not system_db_exists:
        # Writes DATA/dbms/auth.ini, which the server reads when it creates the system database.
        env = dict(os.environ, NEO4J_HOME=str(p.base), NEO4J_CONF=str(p.conf))
        cmd = ["java", "-cp", classpath(p), ADMIN_TOOL, "dbms", "set-initial-password", password]
        result = subprocess.run(
            cmd, env=env, cwd=p.base, stdin=subprocess.DEVNULL, capture_output=True, text=True
        )
        if result.returncode != 0 or not (p.data / "dbms" / "auth.ini").exists():
            sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
            fail("neo4j-admin dbms set-initial-password failed")
    p.password.write_text(password + "\n")
    p.password.chmod(0o600)
    return password


# ---------------------------------------------------------------- readiness


def bolt_accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def driver_ready(uri: str, password: str) -> tuple[bool, str]:
    """(ready, why not). (True, "") when the driver is not installed: the TCP check must do."""
    try:
        from neo4j import GraphDatabase
    except ImportError:
        return True, ""
    try:
        with GraphDatabase.driver(uri, auth=(USERNAME, password), connection_timeout=5) as driver:
            driver.verify_connectivity()
        return True, ""
    except Exception as exc:  # the driver raises several kinds while the server starts
        return False, f"{type(exc).__name__}: {exc}"


LOG_NAMES = ("neo4j.log", "console.log", "debug.log")


def log_sizes(p: Paths) -> dict[str, int]:
    """How long each log is now, so that a failure shows only what this start wrote."""
    sizes = {}
    for name in LOG_NAMES:
        with contextlib.suppress(OSError):
            sizes[name] = (p.logs / name).stat().st_size
    return sizes


def log_tail(p: Paths, since: dict[str, int], lines: int = 40) -> str:
    out = []
    for name in LOG_NAMES:
        path = p.logs / name
        with contextlib.suppress(OSError), open(path, "rb") as fh:
            fh.seek(since.get(name, 0))
            text = fh.read().decode(errors="replace").splitlines()
            if name == "debug.log":  # long; its ERROR and WARN lines are what matters
                text = [line for line in text if " ERROR " in line or " WARN " in line]
            if text:
                out.append(f"--- {path} (last {min(lines, len(text))} lines of this start)")
                out.extend(text[-lines:])
    return "\n".join(out)


def terminate(pid: int, p: Paths, timeout: float) -> bool:
    """SIGTERM, then SIGKILL after timeout seconds. True if it had to be killed."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_our_server(pid, p):
            return False
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while is_our_server(pid, p):
        time.sleep(0.1)
    return True


# ---------------------------------------------------------------- commands


def print_env(env: dict[str, str]) -> None:
    for key in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD"):
        print(f"{key}={env.get(key, '')}")


def cmd_start(args: argparse.Namespace) -> int:
    p = Paths(args.dir)
    pid = running_pid(p)
    if pid is not None:
        env = read_env(p)
        if env.get("NEO4J_URI"):
            say(f"already running (pid {pid}) at {env['NEO4J_URI']}")
            print_env(env)
            return 0
        fail(f"a server (pid {pid}) runs in {p.base} but {p.env} is missing; run `stop` first")

    started = time.monotonic()
    for d in (p.base, p.logs, p.run):
        d.mkdir(parents=True, exist_ok=True)
    p.pid.unlink(missing_ok=True)
    p.env.unlink(missing_ok=True)
    if shutil.which("java") is None:
        fail("java (17 or newer) is not on PATH")
    if args.port and port_in_use(args.port):
        fail(f"port {args.port} on 127.0.0.1 is already in use")
    fetch_jars(p)
    if args.gds:
        fetch_gds(p)
    port = args.port or free_port()
    write_conf(p, port, args.auth, args.heap, args.pagecache, gds=args.gds)
    password = ensure_password(p)
    uri = f"bolt://127.0.0.1:{port}"

    cmd = [
        "java",
        f"-Xms{args.heap}",
        f"-Xmx{args.heap}",
        *JVM_FLAGS,
        "-cp",
        classpath(p, gds=args.gds),
        ENTRY_POINT,
        f"--home-dir={p.base}",
        f"--config-dir={p.conf}",
    ]
    env = dict(os.environ, NEO4J_HOME=str(p.base), NEO4J_CONF=str(p.conf))
    since = log_sizes(p)
    with open(p.console, "ab") as console:
        proc = subprocess.Popen(
            cmd,
            cwd=p.base,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # survives the shell that started it; not hit by its Ctrl-C
        )
    p.pid.write_text(f"{proc.pid}\n")
    say(f"started java (pid {proc.pid}); waiting for Bolt on {uri} (up to {args.timeout:.0f} s)")

    deadline = time.monotonic() + args.timeout
    why = "the Bolt port is not open"
    ready = False
    while not ready:
        if proc.poll() is not None:
            why = f"the server exited with code {proc.returncode}"
            break
        if time.monotonic() > deadline:
            why = f"not ready after {args.timeout:.0f} s ({why})"
            break
        if bolt_accepts(port):
            ready, why = driver_ready(uri, password)
            if why.startswith("AuthError"):
                why = f"{p.password} does not match the user stored in {p.data}: {why}"
                break
        if not ready:
            time.sleep(0.5)

    if not ready:
        print(log_tail(p, since), file=sys.stderr)
        if proc.poll() is None:
            terminate(proc.pid, p, timeout=15)
        p.pid.unlink(missing_ok=True)
        fail(f"Neo4j did not start: {why}")

    p.env.write_text(f"NEO4J_URI={uri}\nNEO4J_USERNAME={USERNAME}\nNEO4J_PASSWORD={password}\n")
    p.env.chmod(0o600)
    auth = ("auth on" if args.auth else "auth off") + (", with Graph Data Science" if args.gds else "")
    say(f"ready at {uri} ({auth}) after {time.monotonic() - started:.1f} s; env in {p.env}")
    print_env(read_env(p))
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    p = Paths(args.dir)
    pid = running_pid(p)
    if pid is None:
        say(f"not running ({p.base})")
        p.pid.unlink(missing_ok=True)
        p.env.unlink(missing_ok=True)
        return 0
    killed = terminate(pid, p, timeout=args.timeout)
    p.pid.unlink(missing_ok=True)
    p.env.unlink(missing_ok=True)  # env exists only while a server answers at its URI
    say(f"stopped pid {pid}" + (" (SIGKILL after SIGTERM timed out)" if killed else ""))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    p = Paths(args.dir)
    pid = running_pid(p)
    if pid is None:
        print(f"not running ({p.base})")
        return 3
    uri = read_env(p).get("NEO4J_URI", "(starting; no env yet)")
    print(f"running: pid {pid}, {uri} ({p.base})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def with_dir(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument(
            "--dir", type=Path, default=DEFAULT_DIR, help=f"server folder (default {DEFAULT_DIR})"
        )
        return sp

    start = with_dir(sub.add_parser("start", help="start the server in the background and wait for Bolt"))
    start.add_argument("--port", type=int, default=0, help="Bolt port on 127.0.0.1 (default 0: a free one)")
    start.add_argument(
        "--auth",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="require the password in DIR/env (default); --no-auth accepts any credentials",
    )
    start.add_argument(
        "--gds",
        action="store_true",
        help="also load Neo4j Graph Data Science (open-source edition, from Maven Central)",
    )
    start.add_argument("--heap", default="512m", help="JVM heap (default 512m)")
    start.add_argument("--pagecache", default="128m", help="page cache (default 128m)")
    start.add_argument("--timeout", type=float, default=120, help="seconds to wait for Bolt (default 120)")
    start.set_defaults(func=cmd_start)

    stop = with_dir(sub.add_parser("stop", help="stop the server (SIGTERM, then SIGKILL)"))
    stop.add_argument("--timeout", type=float, default=30, help="seconds before SIGKILL (default 30)")
    stop.set_defaults(func=cmd_stop)

    with_dir(sub.add_parser("status", help="whether it runs, and its URI")).set_defaults(func=cmd_status)

    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
