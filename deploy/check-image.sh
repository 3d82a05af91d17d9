#!/usr/bin/env bash
# Build the container image and check it end to end (make check-image):
#   - the image builds FROM debian:bookworm-slim (made locally from Debian's packages with
#     debootstrap when no registry is reachable),
#   - `hrbot run` in it, as a non-root user, answers /start in English and Russian through a
#     fake Bot API on the host,
#   - its data lives in the volume and the key does not,
#   - the HEALTHCHECK reports healthy, and SIGTERM stops it with exit code 0.
# Works with podman (preferred; as root with runc, vfs storage and lowered ulimits, which is
# what these sandboxed machines need) or docker. Takes several minutes; not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${HRBOT_IMAGE:-localhost/hrbot:check}
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3

if command -v podman >/dev/null 2>&1; then
    # crun refuses on hybrid cgroups here; runc works (shared/notes/containers.md).
    ENGINE=(podman --storage-driver=vfs)
    [ -x /usr/sbin/runc ] && ENGINE+=(--runtime=/usr/sbin/runc)
    LIMITS=(--ulimit nofile=1024:1024 --ulimit nproc=1000:1000)
    BUILD_EXTRA=(--format docker "${LIMITS[@]}")
    RUN_EXTRA=("${LIMITS[@]}")
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    ENGINE=(docker)
    BUILD_EXTRA=()
    RUN_EXTRA=()
else
    echo "check-image: neither podman nor a running docker engine was found" >&2
    exit 2
fi

CA_MOUNT=()
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    # The host's CA bundle for pip (behind a TLS-inspecting proxy), at another path than the
    # image's own bundle.
    CA_MOUNT=(-v /etc/ssl/certs/ca-certificates.crt:/host-ca.crt:ro)
fi

if ! "${ENGINE[@]}" image exists debian:bookworm-slim 2>/dev/null \
    && ! "${ENGINE[@]}" image inspect debian:bookworm-slim >/dev/null 2>&1; then
    if ! "${ENGINE[@]}" pull -q docker.io/library/debian:bookworm-slim >/dev/null 2>&1; then
        echo "check-image: no registry; making debian:bookworm-slim with debootstrap (minbase)"
        command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
        rootfs=$(mktemp -d)
        chmod 0755 "$rootfs"  # mktemp's 0700 would become the image's /: no user but root could run anything
        # (no /etc/apt/sources.list on a machine with deb822 sources only: grep's status 2 must
        # not end the script)
        mirror=$(grep -rhoE 'https?://deb\.debian\.org/debian' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n 1 || true)
        debootstrap --variant=minbase bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" >/dev/null
        tar -C "$rootfs" -c . | "${ENGINE[@]}" import - localhost/debian:bookworm-slim >/dev/null
        rm -rf "$rootfs"
    fi
fi

echo "check-image: building $IMAGE"
start=$(date +%s)
"${ENGINE[@]}" build "${BUILD_EXTRA[@]}" --network=host "${CA_MOUNT[@]}" \
    -f deploy/Dockerfile -t "$IMAGE" . >/tmp/hrbot-image-build.log 2>&1 \
    || { tail -n 30 /tmp/hrbot-image-build.log >&2; exit 1; }
echo "check-image: built in $(( $(date +%s) - start )) s (log: /tmp/hrbot-image-build.log)"

exec "$PYTHON" deploy/check_image.py --image "$IMAGE" \
    --engine="$(printf '%s\n' "${ENGINE[@]}" | paste -sd' ')" \
    --run-args="$(printf '%s\n' "${RUN_EXTRA[@]}" | paste -sd' ')"
