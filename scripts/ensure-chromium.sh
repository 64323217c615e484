#!/usr/bin/env bash
# Install Debian's chromium (and a CJK font, so screenshots of Chinese text are readable) for
# the browser test when missing and we may (root, apt). Never fails the build: without a
# browser the browser test is skipped with a reason.
set -u
need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "cjk" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]} for the browser test (apt-get)…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null) \
    || echo "warning: could not install ${need[*]}; the browser test may be skipped" >&2
fi
exit 0
