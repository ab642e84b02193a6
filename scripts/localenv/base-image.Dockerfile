# The base image of the local environment: a static busybox and nothing else, so that
# Dockerfiles built on it can RUN shell commands. Built offline from Debian's busybox-static.
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
RUN ["/bin/busybox", "sh", "-c", "mkdir -p /etc /root /tmp /var/tmp && chmod 1777 /tmp /var/tmp && echo 'root:x:0:0:root:/root:/bin/sh' >/etc/passwd && echo 'root:x:0:' >/etc/group"]
CMD ["/bin/sh"]
