#!/usr/bin/env bash
# Serves the built site with Debian's Apache 2.4 and the generated .htaccess, for the e2e tests.
# A minimal configuration loading only the usual modules (Debian's defaults plus headers and
# rewrite, with Debian's stock mime and deflate settings), on loopback ports:
#   port $1: dist/ at the root, AllowOverride FileInfo
#   port $2: dist-subpath/ under /balise/ (Alias), AllowOverride FileInfo
#   port $3: dist/ at the root, AllowOverride None (the .htaccess is ignored, as on a stock Debian)
#   port $4: dist/ at the root, AllowOverride None with deploy/apache-directory.conf pasted
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
apache=$(command -v apache2 || echo /usr/sbin/apache2)
[ -x "$apache" ] || { echo "Apache is missing: install it (Debian: apt-get install apache2); npm test does when it can" >&2; exit 1; }
[ -f "$root/dist/.htaccess" ] || { echo "dist/ is missing or old: run npm run build" >&2; exit 1; }
[ -f "$root/dist-subpath/.htaccess" ] || { echo "dist-subpath/ is missing or old: run npm run build:subpath" >&2; exit 1; }
modules=/usr/lib/apache2/modules
available=/etc/apache2/mods-available
prefix=$(mktemp -d /tmp/balise-apache.XXXXXX)
mkdir -p "$prefix/school-site"
echo '<!doctype html><title>School</title><p>The school site' > "$prefix/school-site/index.html"
chmod -R a+rX "$prefix"
load=""
for module in mpm_event authz_core authz_host alias dir env filter mime setenvif deflate headers rewrite; do
  load+="LoadModule ${module}_module $modules/mod_$module.so"$'\n'
done
# As root (CI), workers run as an unprivileged user, as on a real server.
user=""
[ "$(id -u)" -eq 0 ] && user=$'User www-data\nGroup www-data'
site() { # site FOLDER OVERRIDE
  printf '  <Directory %s>\n    Options FollowSymLinks\n    AllowOverride %s\n    Require all granted\n  </Directory>\n' "$1" "$2"
}
cat > "$prefix/apache2.conf" <<CONF
ServerRoot $prefix
ServerName 127.0.0.1
PidFile $prefix/apache2.pid
DefaultRuntimeDir $prefix
Mutex file:$prefix default
ErrorLog $prefix/error.log
LogLevel warn
$load
$user
Include $available/mime.conf
Include $available/deflate.conf
ServerTokens Prod
ServerSignature Off
DirectoryIndex index.html
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<FilesMatch "^\.ht">
  Require all denied
</FilesMatch>
Listen 127.0.0.1:$1
Listen 127.0.0.1:$2
Listen 127.0.0.1:$3
Listen 127.0.0.1:$4
<VirtualHost 127.0.0.1:$1>
  DocumentRoot $root/dist
$(site "$root/dist" FileInfo)
</VirtualHost>
<VirtualHost 127.0.0.1:$2>
  DocumentRoot $prefix/school-site
  <Directory $prefix/school-site>
    Require all granted
  </Directory>
  Alias /balise $root/dist-subpath
$(site "$root/dist-subpath" FileInfo)
</VirtualHost>
<VirtualHost 127.0.0.1:$3>
  DocumentRoot $root/dist
$(site "$root/dist" None)
</VirtualHost>
<VirtualHost 127.0.0.1:$4>
  DocumentRoot $root/dist
$(sed "s#/var/www/balise#$root/dist#g" "$root/deploy/apache-directory.conf")
</VirtualHost>
CONF
echo "Apache for the tests; its error log: $prefix/error.log"
exec "$apache" -f "$prefix/apache2.conf" -DFOREGROUND
