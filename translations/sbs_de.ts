<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BuildConfig</name>
    <message>
        <location filename="../src/server/BuildConfig.cpp" line="+48"/>
        <source>invalid configuration: keys given twice in different case: %1</source>
        <translation>ungültige Konfiguration: Schlüssel doppelt in unterschiedlicher Groß-/Kleinschreibung angegeben: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid configuration: missing %1</source>
        <translation>ungültige Konfiguration: Folgendes fehlt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid configuration: RUNTIME_TYPE &quot;%1&quot; is not one of %2</source>
        <translation>ungültige Konfiguration: RUNTIME_TYPE „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid configuration: missing REPO_ID (required for RUNTIME_TYPE classic)</source>
        <translation>ungültige Konfiguration: REPO_ID fehlt (erforderlich für RUNTIME_TYPE classic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid configuration: REPO_ID is only allowed for RUNTIME_TYPE classic</source>
        <translation>ungültige Konfiguration: REPO_ID ist nur für RUNTIME_TYPE classic zulässig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid configuration: ARG must be an object of strings</source>
        <translation>ungültige Konfiguration: ARG muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid configuration: ARG %1 must be a string</source>
        <translation>ungültige Konfiguration: ARG %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>invalid configuration: ENV_WHITELIST must be an array of strings</source>
        <translation>ungültige Konfiguration: ENV_WHITELIST muss ein Array aus Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid configuration: %1 must be a string</source>
        <translation>ungültige Konfiguration: %1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid configuration: %1 must be a relative path inside the repository</source>
        <translation>ungültige Konfiguration: %1 muss ein relativer Pfad innerhalb des Repositorys sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid configuration: DOCKER_REPO &quot;%1&quot; must be namespace/repository without a tag</source>
        <translation>ungültige Konfiguration: DOCKER_REPO „%1“ muss die Form namespace/repository ohne Tag haben</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../src/core/pki/Certificate.cpp" line="+113"/>
        <source>%1 holds no readable certificate (%2); give a PEM certificate.</source>
        <translation>%1 enthält kein lesbares Zertifikat (%2); geben Sie ein PEM-Zertifikat an.</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>no certificate to check</source>
        <translation>kein Zertifikat zum Prüfen</translation>
    </message>
</context>
<context>
    <name>CertificateAuthority</name>
    <message>
        <location filename="../src/core/pki/CertificateAuthority.cpp" line="+71"/>
        <location line="+7"/>
        <source>Creating the CA certificate failed (%1).</source>
        <translation>Das Erstellen des CA-Zertifikats ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The CA name &quot;%1&quot; cannot be used (%2); choose a shorter CONTAINER_NAME.</source>
        <translation>Der CA-Name „%1“ kann nicht verwendet werden (%2); wählen Sie einen kürzeren CONTAINER_NAME.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing the CA certificate failed (%1).</source>
        <translation>Das Signieren des CA-Zertifikats ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA certificate (CAPATH)</source>
        <translation>CA-Zertifikat, CAPATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA key (CAKEYPATH)</source>
        <translation>CA-Schlüssel, CAKEYPATH</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a CA certificate (basicConstraints CA:TRUE is missing); give the certificate of a certificate authority.</source>
        <translation>%1 ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt); geben Sie das Zertifikat einer Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not sign certificates (its keyUsage lacks keyCertSign); give a CA certificate that allows it.</source>
        <translation>%1 darf keine Zertifikate signieren (in der keyUsage fehlt keyCertSign); geben Sie ein CA-Zertifikat an, das dies erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate %1 expired on %2; create a new CA (delete-certificates, then create-client-cert) or give one that is valid.</source>
        <translation>Das CA-Zertifikat %1 ist am %2 abgelaufen; erstellen Sie eine neue CA (delete-certificates, dann create-client-cert) oder geben Sie ein gültiges an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA certificate %1 is not valid before %2; check the computer&apos;s clock.</source>
        <translation>Das CA-Zertifikat %1 ist erst ab %2 gültig; prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the key of the CA certificate %2; give the matching key.</source>
        <translation>%1 ist nicht der Schlüssel des CA-Zertifikats %2; geben Sie den passenden Schlüssel an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This CA issues client and server certificates only.</source>
        <translation>Diese CA stellt nur Client- und Server-Zertifikate aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate request is not signed by its own key; create a new request.</source>
        <translation>Die Zertifikatsanforderung ist nicht mit ihrem eigenen Schlüssel signiert; erstellen Sie eine neue Anforderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server certificate needs the server&apos;s HOSTNAME.</source>
        <translation>Ein Server-Zertifikat benötigt den HOSTNAME des Servers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the certificate failed (%1).</source>
        <translation>Das Erstellen des Zertifikats ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing the certificate failed (%1).</source>
        <translation>Das Signieren des Zertifikats ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <location filename="../src/core/pki/CertificateLayout.cpp" line="+36"/>
        <source>%1: CONTAINER_NAME &quot;%2&quot; is part of a file name and must not contain &apos;/&apos;; choose another name.</source>
        <translation>%1: CONTAINER_NAME „%2“ ist Teil eines Dateinamens und darf kein „/“ enthalten; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no UUID, so its certificate files cannot be named; run create-client-cert first (it adds UUID and SECRET).</source>
        <translation>%1 hat keine UUID, daher können die Zertifikatsdateien nicht benannt werden; führen Sie zuerst create-client-cert aus (es ergänzt UUID und SECRET).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: UUID &quot;%2&quot; must not contain &apos;/&apos;; remove it to have a new one generated.</source>
        <translation>%1: UUID „%2“ darf kein „/“ enthalten; entfernen Sie den Eintrag, damit eine neue UUID erzeugt wird.</translation>
    </message>
</context>
<context>
    <name>CertificateManager</name>
    <message>
        <location filename="../src/core/pki/CertificateManager.cpp" line="+128"/>
        <source>run delete-certificates to start over, or renew-certs to renew the certificates</source>
        <translation>führen Sie delete-certificates aus, um neu zu beginnen, oder renew-certs, um die Zertifikate zu erneuern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Created the client CA %1 and the client certificate %2 (%3, valid until %4).</source>
        <translation>Die Client-CA %1 und das Client-Zertifikat %2 wurden erstellt (%3, gültig bis %4).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Using your files: the client certificate %1 was issued by your CA %2; nothing was created.</source>
        <translation>Ihre Dateien werden verwendet: Das Client-Zertifikat %1 wurde von Ihrer CA %2 ausgestellt; es wurde nichts erstellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created the client certificate %1, issued by your CA %2 (%3, valid until %4).</source>
        <translation>Das Client-Zertifikat %1 wurde erstellt, ausgestellt von Ihrer CA %2 (%3, gültig bis %4).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>server certificate (CERTPATH)</source>
        <translation>Server-Zertifikat, CERTPATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The existing server certificate cannot be used (%1); run create-server-cert --force to replace it (the old files are backed up).</source>
        <translation>Das vorhandene Server-Zertifikat kann nicht verwendet werden (%1); führen Sie create-server-cert --force aus, um es zu ersetzen (die alten Dateien werden gesichert).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server certificate %1 is for %2, not for HOSTNAME %3; run create-server-cert --force to replace it (the old files are backed up).</source>
        <translation>Das Server-Zertifikat %1 gilt für %2, nicht für HOSTNAME %3; führen Sie create-server-cert --force aus, um es zu ersetzen (die alten Dateien werden gesichert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no host name</source>
        <translation>keinen Hostnamen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server certificate %1 already names %2 and is valid for %3 more days; it was kept.</source>
        <translation>Das Server-Zertifikat %1 nennt bereits %2 und ist noch %3 Tage gültig; es wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server certificate %1 names %2 but has expired; run renew-certs.</source>
        <translation>Das Server-Zertifikat %1 nennt %2, ist aber abgelaufen; führen Sie renew-certs aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run create-server-cert --force to replace them (they are backed up)</source>
        <translation>führen Sie create-server-cert --force aus, um sie zu ersetzen (sie werden gesichert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Created the server certificate %1 for %2 (%3, valid until %4).</source>
        <translation>Das Server-Zertifikat %1 für %2 wurde erstellt (%3, gültig bis %4).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing was deleted: CLIENT_CRT_KEY names your own file %1, and delete-certificates removes only the default .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt; files.</source>
        <translation>Es wurde nichts gelöscht: CLIENT_CRT_KEY nennt Ihre eigene Datei %1, und delete-certificates entfernt nur die Standarddateien .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>%1 cannot be deleted; check the permissions of its folder.</source>
        <translation>%1 kann nicht gelöscht werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The folder %1 cannot be deleted completely; check its permissions.</source>
        <translation>Der Ordner %1 kann nicht vollständig gelöscht werden; prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to delete: neither %1 nor %2 exists.</source>
        <translation>Nichts zu löschen: Weder %1 noch %2 existiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>CertificateProfile</name>
    <message>
        <location filename="../src/core/pki/CertificateProfile.cpp" line="+52"/>
        <source>Adding the extension %1 failed.</source>
        <translation>Das Hinzufügen der Erweiterung %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A server certificate needs the server&apos;s HOSTNAME.</source>
        <translation>Ein Server-Zertifikat benötigt den HOSTNAME des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adding the subjectAltName %1 failed (%2).</source>
        <translation>Das Hinzufügen des subjectAltName %1 ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>CertificateRenewal</name>
    <message>
        <location filename="../src/core/pki/CertificateRenewal.cpp" line="+43"/>
        <source>valid for %1 more days</source>
        <translation>noch %1 Tage gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1 days ago</source>
        <translation>seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The renewal threshold must be zero or more days.</source>
        <translation>Die Erneuerungsschwelle muss null oder mehr Tage betragen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to renew: the client certificate is %1, the server certificate is %2, and renewal starts %3 days before expiry (--days), or at once with --force.</source>
        <translation>Nichts zu erneuern: Das Client-Zertifikat ist %1, das Server-Zertifikat ist %2, und die Erneuerung beginnt %3 Tage vor Ablauf (--days) oder sofort mit --force.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Renewed the client certificate %1 (it was %2; %3, now valid until %4).</source>
        <translation>Das Client-Zertifikat %1 wurde erneuert (es war %2; %3, jetzt gültig bis %4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renewed the server certificate %1 for %2 (it was %3; %4, now valid until %5).</source>
        <translation>Das Server-Zertifikat %1 für %2 wurde erneuert (es war %3; %4, jetzt gültig bis %5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server certificate now names %1 instead of %2, following HOSTNAME.</source>
        <translation>Das Server-Zertifikat nennt jetzt %1 statt %2, entsprechend HOSTNAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA %1 expires on %2, before the renewed certificates; plan a new CA (delete-certificates, create-client-cert) and a new contract before then.</source>
        <translation>Die CA %1 läuft am %2 ab, also vor den erneuerten Zertifikaten; planen Sie bis dahin eine neue CA (delete-certificates, create-client-cert) und einen neuen Vertrag ein.</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../src/core/pki/CertificateRequest.cpp" line="+26"/>
        <source>The common name &quot;%1&quot; cannot be used (%2); choose a shorter CONTAINER_NAME or HOSTNAME.</source>
        <translation>Der Common Name „%1“ kann nicht verwendet werden (%2); wählen Sie einen kürzeren CONTAINER_NAME oder HOSTNAME.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A certificate request needs a subject and a key.</source>
        <translation>Eine Zertifikatsanforderung benötigt einen Antragsteller und einen Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating a certificate request failed (%1).</source>
        <translation>Das Erstellen einer Zertifikatsanforderung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the subjectAltName for %1 failed (%2).</source>
        <translation>Das Erstellen des subjectAltName für %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the subjectAltName to the request failed (%1).</source>
        <translation>Das Hinzufügen des subjectAltName zur Anforderung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing the certificate request failed (%1).</source>
        <translation>Das Signieren der Zertifikatsanforderung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 holds no readable certificate request (%2); give a PEM request.</source>
        <translation>%1 enthält keine lesbare Zertifikatsanforderung (%2); geben Sie eine PEM-Anforderung an.</translation>
    </message>
</context>
<context>
    <name>CertificateSet</name>
    <message>
        <location filename="../src/core/pki/CertificateSet.cpp" line="+22"/>
        <location line="+15"/>
        <source>The client CA %1 does not exist; run create-client-cert first.</source>
        <translation>Die Client-CA %1 existiert nicht; führen Sie zuerst create-client-cert aus.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CA certificate (CAPATH)</source>
        <translation>CA-Zertifikat, CAPATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a CA certificate (basicConstraints CA:TRUE is missing); give the certificate of a certificate authority.</source>
        <translation>%1 ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt); geben Sie das Zertifikat einer Zertifizierungsstelle an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The client certificate file %1 does not exist; run create-client-cert first.</source>
        <translation>Die Client-Zertifikatsdatei %1 existiert nicht; führen Sie zuerst create-client-cert aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate and key (CLIENT_CRT_KEY)</source>
        <translation>Client-Zertifikat und -Schlüssel, CLIENT_CRT_KEY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds a certificate and a key that do not belong together; create the client certificate again.</source>
        <translation>%1 enthält ein Zertifikat und einen Schlüssel, die nicht zusammengehören; erstellen Sie das Client-Zertifikat neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client certificate in %1 was not issued by the CA %2 (%3); use the matching CA or create the client certificate again.</source>
        <translation>Das Client-Zertifikat in %1 wurde nicht von der CA %2 ausgestellt (%3); verwenden Sie die passende CA oder erstellen Sie das Client-Zertifikat neu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server certificate %1 does not exist; run create-server-cert first.</source>
        <translation>Das Server-Zertifikat %1 existiert nicht; führen Sie zuerst create-server-cert aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server certificate (CERTPATH)</source>
        <translation>Server-Zertifikat, CERTPATH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server key</source>
        <translation>Server-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not the key of the server certificate %2; run create-server-cert --force to make a new pair.</source>
        <translation>%1 ist nicht der Schlüssel des Server-Zertifikats %2; führen Sie create-server-cert --force aus, um ein neues Paar zu erstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server certificate %1 was not issued by the CA %2 (%3); run create-server-cert --force to issue a new one.</source>
        <translation>Das Server-Zertifikat %1 wurde nicht von der CA %2 ausgestellt (%3); führen Sie create-server-cert --force aus, um ein neues auszustellen.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="+18"/>
        <source>Usage: sbsctl &lt;command&gt; --env FILE [options]

Works with a Secure Build Server from the command line, with the commands and options of the reference client build.py. Certificate files live in the current folder.

Commands:
</source>
        <translation>Aufruf: sbsctl &lt;Befehl&gt; --env DATEI [Optionen]

Arbeitet von der Befehlszeile aus mit einem Secure Build Server, mit den Befehlen und Optionen des Referenz-Clients build.py. Die Zertifikatsdateien liegen im aktuellen Ordner.

Befehle:
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;command&gt;</source>
        <translation>&lt;Befehl&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1; run sbsctl --help for the usage.</source>
        <translation>%1; Hinweise zur Verwendung zeigt sbsctl --help.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no command given; run sbsctl --help for the list of commands.</source>
        <translation>kein Befehl angegeben; die Liste der Befehle zeigt sbsctl --help.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one command at a time, but %1 were given (%2); run sbsctl --help for the usage.</source>
        <translation>nur ein Befehl auf einmal, aber %1 wurden angegeben (%2); Hinweise zur Verwendung zeigt sbsctl --help.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown command &quot;%1&quot;; run sbsctl --help for the list of commands.</source>
        <translation>unbekannter Befehl „%1“; die Liste der Befehle zeigt sbsctl --help.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs --env FILE, the sbs-config.json to use.</source>
        <translation>%1 benötigt --env DATEI, die zu verwendende sbs-config.json.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <location filename="../src/cli/CommandContext.cpp" line="+32"/>
        <source>--env FILE is required: name the sbs-config.json to use.</source>
        <translation>--env DATEI ist erforderlich: Geben Sie die zu verwendende sbs-config.json an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The configuration %1 does not exist; check the --env path.</source>
        <translation>Die Konfiguration %1 existiert nicht; prüfen Sie den Pfad bei --env.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 to %2 (the previous version is kept as %3).</source>
        <translation>%1 zu %2 hinzugefügt (die vorherige Version bleibt als %3 erhalten).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--key-type %1 is not a known key type; use one of %2.</source>
        <translation>--key-type %1 ist kein bekannter Schlüsseltyp; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  kept the previous file as %1</source>
        <translation>  vorherige Datei als %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  wrote %1</source>
        <translation>  %1 geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  removed %1</source>
        <translation>  %1 entfernt</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <location filename="../src/cli/CommonOptions.cpp" line="+13"/>
        <source>The configuration (sbs-config.json) to use. Required.</source>
        <translation>Die zu verwendende Konfiguration (sbs-config.json). Erforderlich.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Your CA certificate (own-CA mode; overrides CAPATH).</source>
        <translation>Ihr CA-Zertifikat (Modus mit eigener CA; überschreibt CAPATH).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your CA key (own-CA mode; overrides CAKEYPATH).</source>
        <translation>Ihr CA-Schlüssel (Modus mit eigener CA; überschreibt CAKEYPATH).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the server CSR goes (overrides CSRPATH).</source>
        <translation>Wohin die CSR des Servers geschrieben wird (überschreibt CSRPATH).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the server certificate goes; its key goes next to it (overrides CERTPATH).</source>
        <translation>Wohin das Server-Zertifikat geschrieben wird; sein Schlüssel kommt daneben (überschreibt CERTPATH).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client certificate followed by its key (overrides CLIENT_CRT_KEY).</source>
        <translation>Das Client-Zertifikat, gefolgt von seinem Schlüssel (überschreibt CLIENT_CRT_KEY).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name in the default certificate file names (overrides CONTAINER_NAME).</source>
        <translation>Der Name in den Standardnamen der Zertifikatsdateien (überschreibt CONTAINER_NAME).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say more; repeat for even more.</source>
        <translation>Ausführlichere Ausgabe; mehrfach angeben für noch mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of new keys: %1 (default rsa2048).</source>
        <translation>Typ neuer Schlüssel: %1 (Standard: rsa2048).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace what exists, backing it up first: create-server-cert makes a new server certificate, renew-certs renews at once.</source>
        <translation>Vorhandenes ersetzen und vorher sichern: create-server-cert erstellt ein neues Server-Zertifikat, renew-certs erneuert sofort.</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <location filename="../ui/ConfigEditor.ui" line="+109"/>
        <source>Raw JSON</source>
        <translation>JSON-Quelltext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file exactly as Save writes it, keys in their original order. Secret values are replaced by &lt;KEY&gt; unless you show them.</source>
        <translation>Die Datei genau so, wie „Speichern“ sie schreibt, mit den Schlüsseln in ihrer ursprünglichen Reihenfolge. Geheime Werte werden durch &lt;SCHLÜSSEL&gt; ersetzt, sofern Sie sie nicht anzeigen lassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
</context>
<context>
    <name>CreateClientCertCommand</name>
    <message>
        <location filename="../src/cli/CreateClientCertCommand.cpp" line="+18"/>
        <source>Create the client CA and client certificate (or, in own-CA mode, a client certificate from your CA); adds UUID and SECRET to the configuration.</source>
        <translation>Client-CA und Client-Zertifikat erstellen (im Modus mit eigener CA: ein Client-Zertifikat von Ihrer CA); ergänzt UUID und SECRET in der Konfiguration.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Certificate files: %1 and %2</source>
        <translation>Zertifikatsdateien: %1 und %2</translation>
    </message>
</context>
<context>
    <name>CreateServerCertCommand</name>
    <message>
        <location filename="../src/cli/CreateServerCertCommand.cpp" line="+17"/>
        <source>Create the server key and certificate for HOSTNAME, signed by the client CA; an existing one for the same host is kept.</source>
        <translation>Server-Schlüssel und -Zertifikat für HOSTNAME erstellen, signiert von der Client-CA; ein vorhandenes Zertifikat für denselben Host wird beibehalten.</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <location filename="../src/server/DataDir.cpp" line="+18"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot set the permissions of %1 to 0700</source>
        <translation>die Berechtigungen von %1 können nicht auf 0700 gesetzt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>DeleteCertificatesCommand</name>
    <message>
        <location filename="../src/cli/DeleteCertificatesCommand.cpp" line="+17"/>
        <source>Delete the default-layout certificate file .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt; and its .d folder.</source>
        <translation>Die Zertifikatsdatei .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt; der Standardanordnung und ihren Ordner .d löschen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to delete: %1 has no UUID, so there are no default certificate files.</source>
        <translation>Nichts zu löschen: %1 hat keine UUID, daher gibt es keine Standard-Zertifikatsdateien.</translation>
    </message>
</context>
<context>
    <name>FileBatch</name>
    <message>
        <location filename="../src/core/pki/FileBatch.cpp" line="+86"/>
        <source>The folder %1 cannot be created because %2 is a file, not a folder; choose another location.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden, weil %2 eine Datei und kein Ordner ist; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 is not writable; choose another location or fix its permissions.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar; wählen Sie einen anderen Ort oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 would be written twice; check that the configured paths differ.</source>
        <translation>%1 würde zweimal geschrieben; prüfen Sie, ob sich die konfigurierten Pfade unterscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a file; choose another path.</source>
        <translation>%1 ist ein Ordner, keine Datei; wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written because these files exist already: %1; %2.</source>
        <translation>Es wurde nichts geschrieben, weil diese Dateien bereits existieren: %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move or delete them first</source>
        <translation>verschieben oder löschen Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>simulated write failure</source>
        <translation>simulierter Schreibfehler</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The folder %1 cannot be created; check the permissions of %2.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be backed up as %2; check the folder&apos;s permissions.</source>
        <translation>%1 kann nicht als %2 gesichert werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be written (%2), so nothing was changed; check the folder&apos;s permissions and free space.</source>
        <translation>%1 kann nicht geschrieben werden (%2), daher wurde nichts geändert; prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners.</translation>
    </message>
</context>
<context>
    <name>HostName</name>
    <message>
        <location filename="../src/core/pki/HostName.cpp" line="+21"/>
        <source>%1 has no HOSTNAME; add the server&apos;s host name (the name clients connect to).</source>
        <translation>%1 hat keinen HOSTNAME; ergänzen Sie den Hostnamen des Servers (den Namen, unter dem Clients ihn erreichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: HOSTNAME %2 has an IPv6 scope, which a certificate cannot name; drop the %-part.</source>
        <translation>%1: HOSTNAME %2 enthält eine IPv6-Zonenangabe, die ein Zertifikat nicht enthalten kann; entfernen Sie den %-Teil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: HOSTNAME &quot;%2&quot; is neither a DNS name nor an IP address; give the server&apos;s host name.</source>
        <translation>%1: HOSTNAME „%2“ ist weder ein DNS-Name noch eine IP-Adresse; geben Sie den Hostnamen des Servers an.</translation>
    </message>
</context>
<context>
    <name>InstanceEnv</name>
    <message>
        <location filename="../src/core/contract/InstanceEnv.cpp" line="+36"/>
        <source>SERVER_KEY must be encrypted to the platform&apos;s OpenPGP public key, and none is named; set HPVS_PUBLIC_KEY_FILE in %1 or give --pgp-public-key FILE.</source>
        <translation>SERVER_KEY muss für den öffentlichen OpenPGP-Schlüssel der Plattform verschlüsselt werden, aber es ist keiner angegeben; setzen Sie HPVS_PUBLIC_KEY_FILE in %1 oder geben Sie --pgp-public-key DATEI an.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The certificate %1 expired on %2; run renew-certs before using these values.</source>
        <translation>Das Zertifikat %1 ist am %2 abgelaufen; führen Sie renew-certs aus, bevor Sie diese Werte verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 expires in %2 days (%3); run renew-certs soon.</source>
        <translation>Das Zertifikat %1 läuft in %2 Tagen ab (%3); führen Sie bald renew-certs aus.</translation>
    </message>
</context>
<context>
    <name>InstanceEnvCommand</name>
    <message>
        <location filename="../src/cli/InstanceEnvCommand.cpp" line="+25"/>
        <source>Print CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY for the env section of the contract.</source>
        <translation>CLIENT_CRT, CLIENT_CA, SERVER_CRT und SERVER_KEY für den Abschnitt env des Vertrags ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform&apos;s OpenPGP public key that SERVER_KEY is encrypted to (overrides HPVS_PUBLIC_KEY_FILE).</source>
        <translation>Der öffentliche OpenPGP-Schlüssel der Plattform, für den SERVER_KEY verschlüsselt wird (überschreibt HPVS_PUBLIC_KEY_FILE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print SERVER_KEY unencrypted, for a local sbs-server only.</source>
        <translation>SERVER_KEY unverschlüsselt ausgeben, nur für einen lokalen sbs-server.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OpenPGP public key (HPVS_PUBLIC_KEY_FILE)</source>
        <translation>öffentlicher OpenPGP-Schlüssel, HPVS_PUBLIC_KEY_FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an OpenPGP secret key export; give the platform&apos;s public key instead (never hand out a secret key).</source>
        <translation>%1 ist der Export eines geheimen OpenPGP-Schlüssels; geben Sie stattdessen den öffentlichen Schlüssel der Plattform an (geben Sie niemals einen geheimen Schlüssel weiter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an OpenPGP public key; give the platform&apos;s public key file (armoured or binary).</source>
        <translation>%1 ist kein öffentlicher OpenPGP-Schlüssel; geben Sie die Datei mit dem öffentlichen Schlüssel der Plattform an (ASCII-Armor oder binär).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SERVER_KEY is not encrypted: use these values only for a local sbs-server, never in a contract or anywhere they could be read.</source>
        <translation>SERVER_KEY ist nicht verschlüsselt: Verwenden Sie diese Werte nur für einen lokalen sbs-server, niemals in einem Vertrag oder an einer Stelle, an der sie gelesen werden könnten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+41"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New from Template</source>
        <translation>&amp;Neu aus Vorlage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new configuration from the template</source>
        <translation>Eine neue Konfiguration aus der Vorlage beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a configuration file</source>
        <translation>Eine Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the configuration, keeping a backup of the previous file</source>
        <translation>Die Konfiguration speichern und eine Sicherungskopie der vorherigen Datei behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the configuration under another name</source>
        <translation>Die Konfiguration unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard the changes and go back to the saved file</source>
        <translation>Die Änderungen verwerfen und zur gespeicherten Datei zurückkehren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit SBS Desktop</source>
        <translation>SBS Desktop beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the recently used files</source>
        <translation>Die Liste der zuletzt verwendeten Dateien leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About SBS Desktop</source>
        <translation>&amp;Über SBS Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version and what this program does</source>
        <translation>Die Version und den Zweck dieses Programms anzeigen</translation>
    </message>
</context>
<context>
    <name>ManifestKey</name>
    <message>
        <location filename="../src/server/ManifestKey.cpp" line="+24"/>
        <source>the manifest signing key</source>
        <translation>Schlüssel zum Signieren von Manifesten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no manifest signing key yet: it is made by the first build</source>
        <translation>es gibt noch keinen Schlüssel zum Signieren von Manifesten: er wird beim ersten Build erzeugt</translation>
    </message>
</context>
<context>
    <name>ManifestWriter</name>
    <message>
        <location filename="../src/core/manifest/ManifestWriter.cpp" line="+55"/>
        <location line="+79"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>cannot read the link %1</source>
        <translation>der symbolische Link %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+5"/>
        <source>cannot sign the manifest</source>
        <translation>das Manifest kann nicht signiert werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OpenPgpEncryptor</name>
    <message>
        <location filename="../src/core/pki/OpenPgpEncryptor.cpp" line="+87"/>
        <source>OpenPGP public key</source>
        <translation>öffentlicher OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is an OpenPGP secret key export; give the platform&apos;s public key instead (never hand out a secret key).</source>
        <translation>%1 ist der Export eines geheimen OpenPGP-Schlüssels; geben Sie stattdessen den öffentlichen Schlüssel der Plattform an (geben Sie niemals einen geheimen Schlüssel weiter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an OpenPGP public key; give the platform&apos;s public key file (armoured or binary).</source>
        <translation>%1 ist kein öffentlicher OpenPGP-Schlüssel; geben Sie die Datei mit dem öffentlichen Schlüssel der Plattform an (ASCII-Armor oder binär).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+64"/>
        <source>GnuPG cannot be used (%1); install gnupg and libgpgme.</source>
        <translation>GnuPG kann nicht verwendet werden (%1); installieren Sie gnupg und libgpgme.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>A temporary GnuPG folder cannot be created (%1); check the free space of %2.</source>
        <translation>Ein temporärer GnuPG-Ordner kann nicht angelegt werden (%1); prüfen Sie den freien Speicherplatz in %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A temporary GnuPG folder cannot be set up in %1 (%2); check its free space.</source>
        <translation>In %1 kann kein temporärer GnuPG-Ordner eingerichtet werden (%2); prüfen Sie den freien Speicherplatz dort.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GnuPG cannot be set up (%1); install gnupg.</source>
        <translation>GnuPG kann nicht eingerichtet werden (%1); installieren Sie gnupg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds no OpenPGP public key that GnuPG can read (%2); give the platform&apos;s public key.</source>
        <translation>%1 enthält keinen öffentlichen OpenPGP-Schlüssel, den GnuPG lesen kann (%2); geben Sie den öffentlichen Schlüssel der Plattform an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing imported</source>
        <translation>nichts importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds an OpenPGP secret key; give the platform&apos;s public key instead.</source>
        <translation>%1 enthält einen geheimen OpenPGP-Schlüssel; geben Sie stattdessen den öffentlichen Schlüssel der Plattform an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 holds no usable OpenPGP public key; give the platform&apos;s public key.</source>
        <translation>%1 enthält keinen verwendbaren öffentlichen OpenPGP-Schlüssel; geben Sie den öffentlichen Schlüssel der Plattform an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds %2 OpenPGP keys, so the recipient is ambiguous; give a file with the platform&apos;s key alone.</source>
        <translation>%1 enthält %2 OpenPGP-Schlüssel, daher ist der Empfänger nicht eindeutig; geben Sie eine Datei an, die nur den Schlüssel der Plattform enthält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OpenPGP key %1 in %2 cannot encrypt (it is revoked, expired or has no encryption subkey); get the platform&apos;s current public key.</source>
        <translation>Der OpenPGP-Schlüssel %1 in %2 kann nicht verschlüsseln (er ist widerrufen, abgelaufen oder hat keinen Unterschlüssel zur Verschlüsselung); besorgen Sie den aktuellen öffentlichen Schlüssel der Plattform.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypting to the OpenPGP key in %1 failed (%2); check that it is the platform&apos;s current public key.</source>
        <translation>Das Verschlüsseln für den OpenPGP-Schlüssel in %1 ist fehlgeschlagen (%2); prüfen Sie, ob es der aktuelle öffentliche Schlüssel der Plattform ist.</translation>
    </message>
</context>
<context>
    <name>OpenPgpHome</name>
    <message>
        <location filename="../src/server/OpenPgpHome.cpp" line="+64"/>
        <source>cannot decrypt with the key in %1: %2</source>
        <translation>mit dem Schlüssel in %1 kann nicht entschlüsselt werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gpg %1 failed: %2</source>
        <translation>gpg %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no image signing key yet: it is made by the first build</source>
        <translation>es gibt noch keinen Schlüssel zum Signieren von Images: er wird beim ersten Build erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no platform key in %1</source>
        <translation>in %1 gibt es keinen Plattformschlüssel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot reset the OpenPGP home %1</source>
        <translation>der OpenPGP-Home-Ordner %1 kann nicht zurückgesetzt werden</translation>
    </message>
</context>
<context>
    <name>PemFile</name>
    <message>
        <location filename="../src/core/pki/PemFile.cpp" line="+13"/>
        <source>The %1 %2 does not exist; check the path or create the file first.</source>
        <translation>Die Datei %2 (%1) existiert nicht; prüfen Sie den Pfad oder legen Sie die Datei zuerst an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 %2 is a folder; give the path of a file.</source>
        <translation>Der Pfad %2 (%1) ist ein Ordner; geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 %2 is larger than 1 MiB and cannot be a key or certificate; check the path.</source>
        <translation>Die Datei %2 (%1) ist größer als 1 MiB und kann kein Schlüssel oder Zertifikat sein; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 %2 cannot be read (%3); check its permissions.</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden (%3); prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is empty; give a PEM file.</source>
        <translation>%1 ist leer; geben Sie eine PEM-Datei an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is in binary DER form; convert it to PEM first (%2).</source>
        <translation>%1 liegt im binären DER-Format vor; wandeln Sie die Datei zuerst in PEM um (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a PEM file (it has no -----BEGIN line); give a PEM file.</source>
        <translation>%1 ist keine PEM-Datei (es fehlt eine Zeile -----BEGIN); geben Sie eine PEM-Datei an.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../src/core/pki/PrivateKey.cpp" line="+92"/>
        <source>Generating a %1 key failed (%2); check the OpenSSL installation.</source>
        <translation>Das Erzeugen eines %1-Schlüssels ist fehlgeschlagen (%2); prüfen Sie die OpenSSL-Installation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1 failed (%2).</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds an encrypted private key; passphrases are not asked for, so decrypt it first (openssl pkey -in KEY -out PLAIN-KEY) and keep the result private.</source>
        <translation>%1 enthält einen verschlüsselten privaten Schlüssel; Passphrasen werden nicht abgefragt, entschlüsseln Sie ihn also zuerst (openssl pkey -in KEY -out PLAIN-KEY) und halten Sie das Ergebnis geheim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no readable private key (%2); give an unencrypted PEM private key.</source>
        <translation>%1 enthält keinen lesbaren privaten Schlüssel (%2); geben Sie einen unverschlüsselten privaten PEM-Schlüssel an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no private key to write.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encoding the private key failed (%1).</source>
        <translation>Das Kodieren des privaten Schlüssels ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>RegistryChooser</name>
    <message>
        <location filename="../ui/RegistryChooser.ui" line="+14"/>
        <source>Container registry</source>
        <translation>Container-Registry</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Docker Hub</source>
        <translation>Docker Hub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push to Docker Hub; the registry server keys stay empty.</source>
        <translation>Das Image zu Docker Hub übertragen; die Einträge für Registry-Server bleiben leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IBM Cloud Container Registry in</source>
        <translation>IBM Cloud Container Registry in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push to IBM Cloud Container Registry in the chosen region.</source>
        <translation>Das Image zur IBM Cloud Container Registry in der gewählten Region übertragen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Region domain of IBM Cloud Container Registry, for example us.icr.io.</source>
        <translation>Regionsdomäne der IBM Cloud Container Registry, zum Beispiel us.icr.io.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choosing IBM Cloud Container Registry sets DOCKER_PUSH_SERVER and DOCKER_BASE_SERVER to the region&apos;s domain, DOCKER_CONTENT_TRUST_PUSH_SERVER to its https:// address, and both user names to iamapikey; the passwords are then IBM Cloud API keys. Choosing Docker Hub empties those server keys. For another registry, leave both unchosen and fill in DOCKER_PUSH_SERVER below.</source>
        <translation>Wenn Sie IBM Cloud Container Registry wählen, werden DOCKER_PUSH_SERVER und DOCKER_BASE_SERVER auf die Domäne der Region gesetzt, DOCKER_CONTENT_TRUST_PUSH_SERVER auf deren https://-Adresse und beide Benutzernamen auf iamapikey; die Passwörter sind dann IBM Cloud-API-Schlüssel. Wenn Sie Docker Hub wählen, werden diese Server-Einträge geleert. Für eine andere Registry wählen Sie keines von beiden und tragen DOCKER_PUSH_SERVER unten ein.</translation>
    </message>
</context>
<context>
    <name>RenewCertsCommand</name>
    <message>
        <location filename="../src/cli/RenewCertsCommand.cpp" line="+24"/>
        <source>Renew client and server certificates that expire within --days (default %1) from the same CA, back up the old files and print the new instance env.</source>
        <translation>Client- und Server-Zertifikate, die innerhalb von --days (Standard: %1) ablaufen, von derselben CA erneuern, die alten Dateien sichern und die neuen Werte von instance-env ausgeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renew certificates that expire within N days (default %1).</source>
        <translation>Zertifikate erneuern, die innerhalb von N Tagen ablaufen (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--days %1 is not a number of days; give a whole number such as 30.</source>
        <translation>--days %1 ist keine Anzahl von Tagen; geben Sie eine ganze Zahl wie 30 an.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The new values for the env section of the contract follow on standard output.</source>
        <translation>Die neuen Werte für den Abschnitt env des Vertrags folgen auf der Standardausgabe.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <location filename="../src/server/ServerOptions.cpp" line="+27"/>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not base64 of a PEM file (as instance-env prints it)</source>
        <translation>%1 ist kein Base64 einer PEM-Datei (wie instance-env es ausgibt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no %1: give --%2 FILE or set %1 to base64 of the PEM</source>
        <translation>kein %1: geben Sie --%2 FILE an oder setzen Sie %1 auf das Base64 der PEM-Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>An on-premises Secure Build Server: serves the SBS protocol over HTTPS with mutual TLS, clones, builds, signs and pushes container images.

The certificates come from files or, as on a Hyper Protect instance, from the environment variables CLIENT_CA, SERVER_CRT and SERVER_KEY holding base64 of the PEM text (the output of sbsctl instance-env). A file option wins over its variable. Clients must present a certificate issued by the client CA.</source>
        <translation>Ein Secure Build Server für den eigenen Betrieb (On-Premises): bedient das SBS-Protokoll über HTTPS mit gegenseitigem TLS, klont, baut, signiert und überträgt Container-Images.

Die Zertifikate stammen aus Dateien oder, wie auf einer Hyper-Protect-Instanz, aus den Umgebungsvariablen CLIENT_CA, SERVER_CRT und SERVER_KEY, die den PEM-Text in Base64 enthalten (die Ausgabe von sbsctl instance-env). Eine Dateioption hat Vorrang vor ihrer Variablen. Clients müssen ein von der Client-CA ausgestelltes Zertifikat vorlegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address and port to listen on (default 127.0.0.1:8443).</source>
        <translation>Adresse und Port, auf denen gelauscht wird (Standard: 127.0.0.1:8443).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder (made 0700) for the configuration, status, keys and logs. Required.</source>
        <translation>Ordner (mit Rechten 0700) für Konfiguration, Status, Schlüssel und Protokolle. Erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate (PEM) that client certificates must chain to. Else CLIENT_CA.</source>
        <translation>CA-Zertifikat (PEM), auf das die Zertifikatskette der Client-Zertifikate zurückführen muss. Sonst CLIENT_CA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate (PEM), issued by the client CA. Else SERVER_CRT.</source>
        <translation>Server-Zertifikat (PEM), ausgestellt von der Client-CA. Sonst SERVER_CRT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server private key: PEM, or the PEM encrypted to the server&apos;s platform key as an ASCII-armoured OpenPGP message (see --print-platform-key). Else SERVER_KEY.</source>
        <translation>Privater Schlüssel des Servers: PEM oder das für den Plattformschlüssel des Servers verschlüsselte PEM als OpenPGP-Nachricht mit ASCII-Armor (siehe --print-platform-key). Sonst SERVER_KEY.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prints the server&apos;s platform OpenPGP public key (made in DATA-DIR when missing) and exits. sbsctl instance-env encrypts SERVER_KEY to it.</source>
        <translation>Gibt den öffentlichen OpenPGP-Plattformschlüssel des Servers aus (wird in DATA-DIR erzeugt, falls er fehlt) und beendet sich. sbsctl instance-env verschlüsselt SERVER_KEY für diesen Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder (made 0700 when missing) of the server&apos;s own OpenPGP home with the platform key, used to decrypt an OpenPGP-armoured SERVER_KEY and by --print-platform-key (default DATA-DIR/platform-gnupg).</source>
        <translation>Eigener OpenPGP-Home-Ordner des Servers mit dem Plattformschlüssel (wird mit Rechten 0700 erzeugt, falls er fehlt); damit wird ein OpenPGP-verschlüsselter SERVER_KEY mit ASCII-Armor entschlüsselt, und --print-platform-key verwendet ihn (Standard: DATA-DIR/platform-gnupg).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest request (headers and body) accepted, in bytes (default %1).</source>
        <translation>Größte angenommene Anfrage (Header und Body) in Byte (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder with the registry CA certificates (*.crt), given to buildah and skopeo as --cert-dir.</source>
        <translation>Ordner mit den CA-Zertifikaten der Registrys (*.crt), der buildah und skopeo als --cert-dir übergeben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container storage driver for buildah (for example vfs or overlay).</source>
        <translation>Container-Speichertreiber für buildah (zum Beispiel vfs oder overlay).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container storage root for buildah.</source>
        <translation>Wurzelverzeichnis des Container-Speichers für buildah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container storage run root for buildah.</source>
        <translation>Laufzeit-Wurzelverzeichnis (runroot) des Container-Speichers für buildah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buildah isolation for RUN steps (default chroot).</source>
        <translation>Isolierung von buildah für RUN-Schritte (Standard: chroot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lookaside folder where image signatures are written; the server writes a registries.d naming it.</source>
        <translation>Lookaside-Ordner, in den Image-Signaturen geschrieben werden; der Server schreibt eine registries.d, die ihn nennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registries.d folder for skopeo; wins over the one --signature-store makes.</source>
        <translation>registries.d-Ordner für skopeo; hat Vorrang vor dem, den --signature-store anlegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>policy.json for skopeo (default: one the server writes that accepts its own pushes).</source>
        <translation>policy.json für skopeo (Standard: eine vom Server geschriebene, die seine eigenen Pushes akzeptiert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File with the server&apos;s secret for state images (base64; made when missing; default DATA-DIR/keys/state-secret). A server started with the same file imports the state images of this one.</source>
        <translation>Datei mit dem Geheimnis des Servers für Zustandsabbilder (Base64; wird erzeugt, falls sie fehlt; Standard: DATA-DIR/keys/state-secret). Ein mit derselben Datei gestarteter Server importiert die Zustandsabbilder dieses Servers.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--listen %1: expected HOST:PORT with an IP address, e.g. 127.0.0.1:8443</source>
        <translation>--listen %1: HOST:PORT mit einer IP-Adresse erwartet, z. B. 127.0.0.1:8443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--data-dir DIR is required</source>
        <translation>--data-dir DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-request-size: expected a number of bytes, at least 1024</source>
        <translation>--max-request-size: Anzahl von Bytes erwartet, mindestens 1024</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="+22"/>
        <source>%1 is not a CA certificate</source>
        <translation>%1 ist kein CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server key (%1) does not belong to the server certificate (%2)</source>
        <translation>der Server-Schlüssel (%1) gehört nicht zum Server-Zertifikat (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server certificate (%1) is not valid under the client CA (%2): %3</source>
        <translation>das Server-Zertifikat (%1) ist unter der Client-CA (%2) nicht gültig: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server key (%1) is of a kind TLS cannot use here</source>
        <translation>der Server-Schlüssel (%1) hat einen Typ, den TLS hier nicht verwenden kann</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is encrypted, but not to this server&apos;s platform key: %2</source>
        <translation>%1 ist verschlüsselt, aber nicht für den Plattformschlüssel dieses Servers: %2</translation>
    </message>
</context>
<context>
    <name>StateCipher</name>
    <message>
        <location filename="../src/core/state/StateCipher.cpp" line="+53"/>
        <source>cannot derive the state key</source>
        <translation>der Zustandsschlüssel kann nicht abgeleitet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a state image needs both the SECRET and the server&apos;s secret</source>
        <translation>ein Zustandsabbild benötigt sowohl das SECRET als auch das Geheimnis des Servers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no random bytes</source>
        <translation>keine Zufallsbytes verfügbar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot encrypt the state</source>
        <translation>der Zustand kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this is not a state image of sbs-server, or it is truncated</source>
        <translation>dies ist kein Zustandsabbild von sbs-server, oder es ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the state image does not open: the secret is wrong, the image was altered, or another server made it</source>
        <translation>das Zustandsabbild lässt sich nicht öffnen: das Geheimnis ist falsch, das Abbild wurde verändert oder ein anderer Server hat es erstellt</translation>
    </message>
</context>
<context>
    <name>StateImage</name>
    <message>
        <location filename="../src/server/StateImage.cpp" line="+44"/>
        <source>no random bytes for the server secret</source>
        <translation>keine Zufallsbytes für das Server-Geheimnis verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the server secret %1: %2</source>
        <translation>das Server-Geheimnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server secret %1 must hold base64 of at least 16 bytes</source>
        <translation>das Server-Geheimnis %1 muss mindestens 16 Byte in Base64 enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server is not initialized: run init first</source>
        <translation>der Server ist nicht initialisiert: führen Sie zuerst init aus</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>state is not base64</source>
        <translation>„state“ ist kein Base64</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the state image has an unknown format</source>
        <translation>das Zustandsabbild hat ein unbekanntes Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the state image holds no valid configuration</source>
        <translation>das Zustandsabbild enthält keine gültige Konfiguration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest key of the state image</source>
        <translation>Manifest-Schlüssel des Zustandsabbilds</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image key of the state image is not an OpenPGP secret key</source>
        <translation>der Image-Schlüssel des Zustandsabbilds ist kein geheimer OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the state image names an invalid build</source>
        <translation>das Zustandsabbild nennt einen ungültigen Build</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+28"/>
        <source>Desktop workbench for the Secure Build Server.</source>
        <translation>Desktop-Arbeitsumgebung für den Secure Build Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sbs-config.json file to open.</source>
        <translation>Die zu öffnende Datei sbs-config.json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sbs-desktop: give at most one FILE.json.</source>
        <translation>sbs-desktop: Geben Sie höchstens eine FILE.json an.</translation>
    </message>
</context>
<context>
    <name>sbs::cli::Console</name>
    <message>
        <location filename="../src/cli/Console.cpp" line="+39"/>
        <source>sbsctl: warning: %1</source>
        <translation>sbsctl: Warnung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sbsctl: error: %1</source>
        <translation>sbsctl: Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sbs::config::ConfigDocument</name>
    <message>
        <location filename="../src/core/config/ConfigDocument.cpp" line="+126"/>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON string</source>
        <translation>eine JSON-Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON boolean</source>
        <translation>einen JSON-Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON null</source>
        <translation>den JSON-Wert null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a JSON number</source>
        <translation>eine JSON-Zahl</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1: line %2, column %3: the text is not valid UTF-8; save the file in UTF-8 encoding.</source>
        <translation>%1: Zeile %2, Spalte %3: Der Text ist kein gültiges UTF-8; speichern Sie die Datei in UTF-8-Kodierung.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: line %2, column %3: %4. Correct the JSON there and try again.</source>
        <translation>%1: Zeile %2, Spalte %3: %4. Korrigieren Sie das JSON an dieser Stelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: values are nested more than %2 levels deep; a configuration needs far fewer, so correct the file.</source>
        <translation>%1: Die Werte sind mehr als %2 Ebenen tief verschachtelt; eine Konfiguration braucht weit weniger, korrigieren Sie also die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2. Correct the file and try again.</source>
        <translation>%1: %2. Korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds %2, but a configuration must be a JSON object ({ &quot;KEY&quot;: value, ... }); correct the file.</source>
        <translation>%1 enthält %2, aber eine Konfiguration muss ein JSON-Objekt sein ({ &quot;KEY&quot;: value, ... }); korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The configuration file %1 does not exist; check the path or create the file.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht; prüfen Sie den Pfad oder legen Sie die Datei an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration file %1 is not a regular file; choose a JSON file.</source>
        <translation>Die Konfigurationsdatei %1 ist keine reguläre Datei; wählen Sie eine JSON-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The configuration file %1 is %2 bytes, more than the %3 bytes a configuration may have; choose the right file.</source>
        <translation>Die Konfigurationsdatei %1 ist %2 Byte groß, mehr als die %3 Byte, die eine Konfiguration haben darf; wählen Sie die richtige Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Cannot read the configuration file %1: %2. Check that you may read it.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The configuration file %1 is more than %2 bytes, more than a configuration may have; choose the right file.</source>
        <translation>Die Konfigurationsdatei %1 ist größer als %2 Byte, mehr als eine Konfiguration haben darf; wählen Sie die richtige Datei.</translation>
    </message>
</context>
<context>
    <name>sbs::config::ConfigRules</name>
    <message>
        <location filename="../src/core/config/ConfigRules.cpp" line="+79"/>
        <source>The file %1 named by %2 does not exist; correct %2 or create the file.</source>
        <translation>Die in %2 angegebene Datei %1 existiert nicht; korrigieren Sie %2 oder legen Sie die Datei an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The path %1 named by %2 is not a regular file; correct %2.</source>
        <translation>Der in %2 angegebene Pfad %1 ist keine reguläre Datei; korrigieren Sie %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 named by %2 is larger than %3 bytes, too large for a key; correct %2.</source>
        <translation>Die in %2 angegebene Datei %1 ist größer als %3 Byte und damit zu groß für einen Schlüssel; korrigieren Sie %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Cannot read the file %1 named by %2: %3. Check that you may read it.</source>
        <translation>Die in %2 angegebene Datei %1 kann nicht gelesen werden: %3. Prüfen Sie, ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The configuration has no %1; add it before init or update.</source>
        <translation>Der Konfiguration fehlt %1; ergänzen Sie den Eintrag vor init oder update.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is empty in the configuration; give it a value before init or update.</source>
        <translation>%1 ist in der Konfiguration leer; geben Sie vor init oder update einen Wert an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The configuration has no IMAGE_TAG; add it (an empty value is allowed) before init or update.</source>
        <translation>Der Konfiguration fehlt IMAGE_TAG; ergänzen Sie den Eintrag vor init oder update (ein leerer Wert ist zulässig).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RUNTIME_TYPE is &quot;%1&quot;; set it to vpc, on-prem or classic.</source>
        <translation>RUNTIME_TYPE ist „%1“; setzen Sie den Wert auf vpc, on-prem oder classic.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REPO_ID is required when RUNTIME_TYPE is classic; add it to the configuration.</source>
        <translation>REPO_ID ist erforderlich, wenn RUNTIME_TYPE classic ist; ergänzen Sie den Eintrag in der Konfiguration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REPO_ID is only allowed when RUNTIME_TYPE is classic, not %1; remove REPO_ID from the configuration.</source>
        <translation>REPO_ID ist nur zulässig, wenn RUNTIME_TYPE classic ist, nicht %1; entfernen Sie REPO_ID aus der Konfiguration.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new secret is empty; generate a new secret and try again.</source>
        <translation>Das neue Geheimnis ist leer; erzeugen Sie ein neues Geheimnis und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>sbs::config::ConfigSchema</name>
    <message>
        <location filename="../src/core/config/ConfigSchema.cpp" line="+18"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source repository</source>
        <translation>Quell-Repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base image and content trust</source>
        <translation>Basis-Image und Content Trust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build arguments and environment</source>
        <translation>Build-Argumente und Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object storage</source>
        <translation>Object Storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate paths</source>
        <translation>Zertifikatspfade</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Host name of the build server; its certificate is issued for this name.</source>
        <translation>Hostname des Build-Servers; sein Zertifikat wird für diesen Namen ausgestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP port of the build service on that host; 443 when not set.</source>
        <translation>TCP-Port des Build-Dienstes auf diesem Host; 443, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag of the build server&apos;s own image; the key must exist but may be empty.</source>
        <translation>Tag des eigenen Images des Build-Servers; der Eintrag muss vorhanden sein, darf aber leer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name for this server instance; it becomes part of the certificate file names.</source>
        <translation>Ihr Name für diese Serverinstanz; er wird Teil der Namen der Zertifikatsdateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the server runs: vpc, on-prem or classic; vpc when not set.</source>
        <translation>Wo der Server läuft: vpc, on-prem oder classic; vpc, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random identifier of this configuration, generated on first use and used in certificate file names.</source>
        <translation>Zufällige Kennung dieser Konfiguration, bei der ersten Verwendung erzeugt und in den Namen der Zertifikatsdateien verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Random value, generated on first use, that protects the exported state image; keep a safe copy.</source>
        <translation>Zufallswert, bei der ersten Verwendung erzeugt, der das exportierte Zustandsabbild schützt; bewahren Sie eine sichere Kopie auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repository identifier; only for a classic runtime, where it is required.</source>
        <translation>Repository-Kennung; nur für die Laufzeitumgebung classic, bei der sie erforderlich ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Git URL of the application source that the server clones.</source>
        <translation>Git-URL des Anwendungsquellcodes, den der Server klont.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch to build; the default branch when not set.</source>
        <translation>Zu bauender Branch; der Standard-Branch, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private SSH key file that may read the repository; its text is sent to the server.</source>
        <translation>Private SSH-Schlüsseldatei mit Lesezugriff auf das Repository; ihr Inhalt wird an den Server gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also clone the repository&apos;s submodules.</source>
        <translation>Auch die Submodule des Repositorys klonen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repository the built image is pushed to, as namespace/name.</source>
        <translation>Repository, in das das gebaute Image übertragen wird, im Format namespace/name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry account allowed to push; iamapikey for IBM Cloud Container Registry.</source>
        <translation>Registry-Konto, das Images übertragen darf; iamapikey für IBM Cloud Container Registry.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password or API key of the pushing account.</source>
        <translation>Passwort oder API-Schlüssel des Kontos, das Images überträgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry account with read access only, used to pull the pushed image.</source>
        <translation>Registry-Konto mit reinem Lesezugriff, mit dem das übertragene Image abgerufen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password or API key of the read-only account.</source>
        <translation>Passwort oder API-Schlüssel des Kontos mit Lesezugriff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry host the image is pushed to; Docker Hub when not set.</source>
        <translation>Registry-Host, zu dem das Image übertragen wird; Docker Hub, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start of the image tag; a dash and seven digits of the commit hash follow.</source>
        <translation>Anfang des Image-Tags; es folgen ein Bindestrich und sieben Stellen des Commit-Hashes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing service for the pushed image; on IBM&apos;s registry, its host.</source>
        <translation>Signaturdienst für das übertragene Image; bei der Registry von IBM deren Host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registry host the Dockerfile&apos;s base image comes from.</source>
        <translation>Registry-Host, von dem das Basis-Image des Dockerfiles stammt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account that may pull the base image, when it is private or signed.</source>
        <translation>Konto, das das Basis-Image abrufen darf, wenn es privat oder signiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password or API key of the base image account.</source>
        <translation>Passwort oder API-Schlüssel des Kontos für das Basis-Image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the base image&apos;s signature before building (True or False).</source>
        <translation>Die Signatur des Basis-Images vor dem Build prüfen (True oder False).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the base image&apos;s signature is checked: a notary URL or an IBM registry host.</source>
        <translation>Wo die Signatur des Basis-Images geprüft wird: eine Notary-URL oder ein Host der IBM-Registry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed base image on IBM Cloud Container Registry, with its tag.</source>
        <translation>Signiertes Basis-Image in der IBM Cloud Container Registry, mit Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File with the public key that signed that base image.</source>
        <translation>Datei mit dem öffentlichen Schlüssel, mit dem dieses Basis-Image signiert wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dockerfile to use, relative to the top of the repository.</source>
        <translation>Zu verwendendes Dockerfile, relativ zur obersten Ebene des Repositorys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build context folder, relative to the top of the repository.</source>
        <translation>Ordner des Build-Kontexts, relativ zur obersten Ebene des Repositorys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Script in the repository that runs the build.</source>
        <translation>Skript im Repository, das den Build ausführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder in the repository the build script runs in.</source>
        <translation>Ordner im Repository, in dem das Build-Skript läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build arguments passed to the image build, as names with text values.</source>
        <translation>Build-Argumente für den Image-Build, als Namen mit Textwerten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names of the environment variables the deployed container may receive.</source>
        <translation>Namen der Umgebungsvariablen, die der bereitgestellte Container erhalten darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named secrets handed to the application, as names with text values.</source>
        <translation>Benannte Geheimnisse, die an die Anwendung übergeben werden, als Namen mit Textwerten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Further named secrets for the build, as names with text values.</source>
        <translation>Weitere benannte Geheimnisse für den Build, als Namen mit Textwerten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the build when a build step returns a non-zero exit code.</source>
        <translation>Den Build abbrechen, wenn ein Build-Schritt einen Exit-Code ungleich null liefert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Object storage API key, used for manifests and state images alike.</source>
        <translation>API-Schlüssel für Object Storage, gleichermaßen für Manifeste und Zustandsabbilder verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object storage instance (CRN), used for manifests and state images alike.</source>
        <translation>Object-Storage-Instanz (CRN), gleichermaßen für Manifeste und Zustandsabbilder verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public https:// endpoint of the object storage, for both uses.</source>
        <translation>Öffentlicher https://-Endpunkt des Object Storage, für beide Zwecke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https:// address that issues object storage tokens, for both uses.</source>
        <translation>https://-Adresse, die Tokens für Object Storage ausstellt, für beide Zwecke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing bucket that receives the manifest of every build.</source>
        <translation>Vorhandener Bucket, der das Manifest jedes Builds aufnimmt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Object storage API key for manifests; COS_API_KEY_ID when not set.</source>
        <translation>API-Schlüssel für Object Storage für Manifeste; COS_API_KEY_ID, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object storage instance (CRN) for manifests; COS_RESOURCE_CRN when not set.</source>
        <translation>Object-Storage-Instanz (CRN) für Manifeste; COS_RESOURCE_CRN, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https:// endpoint for manifests; COS_ENDPOINT when not set.</source>
        <translation>https://-Endpunkt für Manifeste; COS_ENDPOINT, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token address for manifests; COS_AUTH_ENDPOINT when not set.</source>
        <translation>Token-Adresse für Manifeste; COS_AUTH_ENDPOINT, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Existing bucket that receives exported state images.</source>
        <translation>Vorhandener Bucket, der exportierte Zustandsabbilder aufnimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Object storage API key for state images; COS_API_KEY_ID when not set.</source>
        <translation>API-Schlüssel für Object Storage für Zustandsabbilder; COS_API_KEY_ID, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object storage instance (CRN) for state images; COS_RESOURCE_CRN when not set.</source>
        <translation>Object-Storage-Instanz (CRN) für Zustandsabbilder; COS_RESOURCE_CRN, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https:// endpoint for state images; COS_ENDPOINT when not set.</source>
        <translation>https://-Endpunkt für Zustandsabbilder; COS_ENDPOINT, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token address for state images; COS_AUTH_ENDPOINT when not set.</source>
        <translation>Token-Adresse für Zustandsabbilder; COS_AUTH_ENDPOINT, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own CA certificate, instead of the one this program creates.</source>
        <translation>Ihr eigenes CA-Zertifikat anstelle des Zertifikats, das dieses Programm erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private key of that CA.</source>
        <translation>Privater Schlüssel dieser CA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One PEM file with the client certificate followed by its private key.</source>
        <translation>Eine PEM-Datei mit dem Client-Zertifikat, gefolgt von seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the server&apos;s certificate request is written; its folder must exist.</source>
        <translation>Wohin die Zertifikatsanforderung des Servers geschrieben wird; der Ordner muss existieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the server certificate is written; its folder must exist.</source>
        <translation>Wohin das Server-Zertifikat geschrieben wird; der Ordner muss existieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenPGP public key of the platform; the server key is encrypted to it for the contract.</source>
        <translation>Öffentlicher OpenPGP-Schlüssel der Plattform; der Server-Schlüssel wird für den Vertrag damit verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>sbs::config::ConfigStore</name>
    <message>
        <location filename="../src/core/config/ConfigStore.cpp" line="+85"/>
        <source>only part of the data could be written</source>
        <translation>nur ein Teil der Daten konnte geschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1: its backup %2 already exists and is never overwritten; save again in a moment, so the backup gets a new name.</source>
        <translation>%1 kann nicht gespeichert werden: Die Sicherungskopie %2 existiert bereits und wird nie überschrieben; speichern Sie gleich noch einmal, damit die Sicherungskopie einen neuen Namen erhält.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save %1: reading it for the backup failed: %2. Check that you may read the file.</source>
        <translation>%1 kann nicht gespeichert werden: Das Lesen für die Sicherungskopie ist fehlgeschlagen: %2. Prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: the backup %2 cannot be created: %3. Check that the folder %4 is writable and has free space.</source>
        <translation>%1 kann nicht gespeichert werden: Die Sicherungskopie %2 kann nicht angelegt werden: %3. Prüfen Sie, ob der Ordner %4 beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save %1: writing the backup %2 failed: %3. Check that the folder %4 is writable and has free space.</source>
        <translation>%1 kann nicht gespeichert werden: Das Schreiben der Sicherungskopie %2 ist fehlgeschlagen: %3. Prüfen Sie, ob der Ordner %4 beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <location line="+77"/>
        <source>the write was interrupted</source>
        <translation>der Schreibvorgang wurde unterbrochen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cannot save %1: the folder %2 does not exist; create it or choose another place.</source>
        <translation>%1 kann nicht gespeichert werden: Der Ordner %2 existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: it is not a regular file; choose another file name.</source>
        <translation>%1 kann nicht gespeichert werden: Es ist keine reguläre Datei; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save %1: %2. Check that the folder %3 is writable.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Prüfen Sie, ob der Ordner %3 beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: setting its permissions failed: %2. Check the folder %3.</source>
        <translation>%1 kann nicht gespeichert werden: Das Setzen der Berechtigungen ist fehlgeschlagen: %2. Prüfen Sie den Ordner %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>Cannot save %1: %2. The file is unchanged; check that the folder %3 is writable and has free space.</source>
        <translation>%1 kann nicht gespeichert werden: %2. Die Datei ist unverändert; prüfen Sie, ob der Ordner %3 beschreibbar ist und freien Speicherplatz hat.</translation>
    </message>
</context>
<context>
    <name>sbs::config::ConfigValidator</name>
    <message>
        <location filename="../src/core/config/ValidationContext.cpp" line="+70"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../src/core/config/ConfigValidator.cpp" line="+139"/>
        <source>%1 is written more than once in different case (%2); keep only one of them.</source>
        <translation>%1 steht mehrmals in unterschiedlicher Groß-/Kleinschreibung in der Datei (%2); behalten Sie nur einen Eintrag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NEW_SECRET in the file is not used; remove it, and rotate the secret with the update command instead.</source>
        <translation>NEW_SECRET in der Datei wird nicht verwendet; entfernen Sie den Eintrag und erneuern Sie das Geheimnis stattdessen mit dem Befehl update.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a key this program knows; it is kept as it is, but check its spelling.</source>
        <translation>%1 ist kein Schlüssel, den dieses Programm kennt; er bleibt unverändert erhalten, aber prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is written more than once; only its last value counts, so delete the other ones.</source>
        <translation>%1 steht mehrmals in der Datei; nur der letzte Wert zählt, löschen Sie also die anderen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is required; add it to the configuration.</source>
        <translation>%1 ist erforderlich; ergänzen Sie den Eintrag in der Konfiguration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty; give it a value.</source>
        <translation>%1 ist leer; geben Sie einen Wert an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not set yet; it is generated when the configuration is first used.</source>
        <translation>%1 ist noch nicht gesetzt; der Wert wird bei der ersten Verwendung der Konfiguration erzeugt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IMAGE_TAG is required by init and update; add it, with an empty value for the server&apos;s default image.</source>
        <translation>IMAGE_TAG wird von init und update benötigt; ergänzen Sie den Eintrag, mit leerem Wert für das Standard-Image des Servers.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 must be True or False, not %2; correct it.</source>
        <translation>%1 muss True oder False sein, nicht %2; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>%1 must be text in quotes, not %2; put its value in quotes.</source>
        <translation>%1 muss Text in Anführungszeichen sein, nicht %2; setzen Sie den Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is &quot;%2&quot;; use one of: %3.</source>
        <translation>%1 ist „%2“; verwenden Sie einen dieser Werte: %3.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 must start with https:// (it is %2); correct the address.</source>
        <translation>%1 muss mit https:// beginnen (der Wert ist %2); korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 must be a port number from 1 to 65535, not %2; correct it.</source>
        <translation>%1 muss eine Portnummer von 1 bis 65535 sein, nicht %2; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be an object of names and text values, such as {&quot;NAME&quot;: &quot;value&quot;}, not %2; correct it.</source>
        <translation>%1 muss ein Objekt aus Namen und Textwerten sein, etwa {&quot;NAME&quot;: &quot;Wert&quot;}, nicht %2; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the value of %2 must be text in quotes, not %3; correct it.</source>
        <translation>%1: Der Wert von %2 muss Text in Anführungszeichen sein, nicht %3; korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has an entry with an empty name or value; fill it in or remove it.</source>
        <translation>%1 hat einen Eintrag mit leerem Namen oder Wert; füllen Sie ihn aus oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be a list of texts, such as [&quot;NAME&quot;], not %2; correct it.</source>
        <translation>%1 muss eine Liste von Texten sein, etwa [&quot;NAME&quot;], nicht %2; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: entry %2 must be text in quotes, not %3; correct it.</source>
        <translation>%1: Eintrag %2 muss Text in Anführungszeichen sein, nicht %3; korrigieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>REPO_ID is required when RUNTIME_TYPE is classic; add it.</source>
        <translation>REPO_ID ist erforderlich, wenn RUNTIME_TYPE classic ist; ergänzen Sie den Eintrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>REPO_ID is only allowed when RUNTIME_TYPE is classic; remove it from the configuration.</source>
        <translation>REPO_ID ist nur zulässig, wenn RUNTIME_TYPE classic ist; entfernen Sie den Eintrag aus der Konfiguration.</translation>
    </message>
    <message>
        <location filename="../src/core/config/DeploymentChecks.cpp" line="+36"/>
        <source>HOSTNAME must be a plain host name such as sbs.example.com, without scheme, port, path or spaces; correct it.</source>
        <translation>HOSTNAME muss ein einfacher Hostname wie sbs.example.com sein, ohne Schema, Port, Pfad oder Leerzeichen; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UUID is not in the form of a UUID; restore its original value, or remove it so that a new one is generated (certificate file names depend on it).</source>
        <translation>UUID hat nicht die Form einer UUID; stellen Sie den ursprünglichen Wert wieder her oder entfernen Sie den Eintrag, damit eine neue UUID erzeugt wird (die Namen der Zertifikatsdateien hängen davon ab).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>GITHUB_URL does not look like a git URL such as git@github.com:org/app.git or https://github.com/org/app.git; check it.</source>
        <translation>GITHUB_URL sieht nicht nach einer Git-URL wie git@github.com:org/app.git oder https://github.com/org/app.git aus; prüfen Sie den Wert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GITHUB_URL uses SSH but GITHUB_KEY_FILE is not set; name the private key file that may read the repository.</source>
        <translation>GITHUB_URL verwendet SSH, aber GITHUB_KEY_FILE ist nicht gesetzt; geben Sie die private Schlüsseldatei mit Lesezugriff auf das Repository an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IMAGE_TAG_PREFIX may hold only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, must not start with &apos;.&apos; or &apos;-&apos;, and may be at most 120 characters long; correct it.</source>
        <translation>IMAGE_TAG_PREFIX darf nur Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten, nicht mit „.“ oder „-“ beginnen und höchstens 120 Zeichen lang sein; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DOCKER_USER should be iamapikey when pushing to IBM Cloud Container Registry (%1); set it to iamapikey and put an API key in DOCKER_PASSWORD.</source>
        <translation>DOCKER_USER sollte iamapikey sein, wenn in die IBM Cloud Container Registry (%1) übertragen wird; setzen Sie den Wert auf iamapikey und tragen Sie einen API-Schlüssel in DOCKER_PASSWORD ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOCKER_RO_USER should be iamapikey when pushing to IBM Cloud Container Registry (%1); set it to iamapikey and put an API key in DOCKER_RO_PASSWORD.</source>
        <translation>DOCKER_RO_USER sollte iamapikey sein, wenn in die IBM Cloud Container Registry (%1) übertragen wird; setzen Sie den Wert auf iamapikey und tragen Sie einen API-Schlüssel in DOCKER_RO_PASSWORD ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOCKER_CONTENT_TRUST_PUSH_SERVER is expected when pushing to IBM Cloud Container Registry; set it to https://%1.</source>
        <translation>DOCKER_CONTENT_TRUST_PUSH_SERVER wird erwartet, wenn in die IBM Cloud Container Registry übertragen wird; setzen Sie den Wert auf https://%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DOCKER_BASE_SERVER is expected when pushing to IBM Cloud Container Registry; set it to the registry host of the base image, such as %1.</source>
        <translation>DOCKER_BASE_SERVER wird erwartet, wenn in die IBM Cloud Container Registry übertragen wird; setzen Sie den Wert auf den Registry-Host des Basis-Images, etwa %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is expected when DOCKER_CONTENT_TRUST_BASE is True; set the credentials that may pull the base image.</source>
        <translation>%1 wird erwartet, wenn DOCKER_CONTENT_TRUST_BASE True ist; geben Sie die Zugangsdaten an, mit denen das Basis-Image abgerufen werden darf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ICR_BASE_REPO is expected for a signed base image on IBM Cloud Container Registry; set it to that image, such as us.icr.io/namespace/base:1.0.</source>
        <translation>ICR_BASE_REPO wird für ein signiertes Basis-Image in der IBM Cloud Container Registry erwartet; setzen Sie den Wert auf dieses Image, etwa us.icr.io/namespace/base:1.0.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ICR_BASE_REPO_PUBLIC_KEY is expected for a signed base image on IBM Cloud Container Registry; name the public key file that signed it.</source>
        <translation>ICR_BASE_REPO_PUBLIC_KEY wird für ein signiertes Basis-Image in der IBM Cloud Container Registry erwartet; geben Sie die Datei mit dem öffentlichen Schlüssel an, mit dem es signiert wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ICR_BASE_REPO is set but ICR_BASE_REPO_PUBLIC_KEY is not; name the public key file that signed the base image.</source>
        <translation>ICR_BASE_REPO ist gesetzt, ICR_BASE_REPO_PUBLIC_KEY aber nicht; geben Sie die Datei mit dem öffentlichen Schlüssel an, mit dem das Basis-Image signiert wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ICR_BASE_REPO should name an image on IBM Cloud Container Registry, such as us.icr.io/namespace/base:1.0; correct it.</source>
        <translation>ICR_BASE_REPO sollte ein Image in der IBM Cloud Container Registry angeben, etwa us.icr.io/namespace/base:1.0; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a path inside the repository, relative to its top and without &quot;..&quot;; correct it.</source>
        <translation>%1 muss ein Pfad innerhalb des Repositorys sein, relativ zur obersten Ebene und ohne „..“; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ENV_WHITELIST: &quot;%1&quot; is not a valid environment variable name; use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>ENV_WHITELIST: „%1“ ist kein gültiger Name für eine Umgebungsvariable; verwenden Sie Buchstaben, Ziffern und „_“, ohne Ziffer am Anfang.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is set but there are no object storage credentials; add COS_API_KEY_ID and COS_RESOURCE_CRN (or %2 and %3).</source>
        <translation>%1 ist gesetzt, aber es gibt keine Zugangsdaten für Object Storage; ergänzen Sie COS_API_KEY_ID und COS_RESOURCE_CRN (oder %2 und %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set but %2 is missing; add %2 or the shared %3.</source>
        <translation>%1 ist gesetzt, aber %2 fehlt; ergänzen Sie %2 oder den gemeinsamen Eintrag %3.</translation>
    </message>
    <message>
        <location filename="../src/core/config/ConfigValidator.cpp" line="+22"/>
        <source>%1 names %2, but its folder %3 does not exist; create the folder before creating certificates.</source>
        <translation>%1 nennt %2, aber der Ordner %3 existiert nicht; legen Sie den Ordner an, bevor Sie Zertifikate erstellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>%1 names %2, which is not a regular file; correct the path.</source>
        <translation>%1 nennt %2, aber das ist keine reguläre Datei; korrigieren Sie den Pfad.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 names %2, which does not exist; correct the path or create the file.</source>
        <translation>%1 nennt %2, aber diese Datei existiert nicht; korrigieren Sie den Pfad oder legen Sie die Datei an.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 still holds an example value in angle brackets; replace it with your own value.</source>
        <translation>%1 enthält noch einen Beispielwert in spitzen Klammern; ersetzen Sie ihn durch Ihren eigenen Wert.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ConfigEditor</name>
    <message>
        <location filename="../src/app/ConfigEditor.cpp" line="+36"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Go to the field this message is about</source>
        <translation>Zum Feld wechseln, das diese Meldung betrifft</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Raw JSON</source>
        <translation>JSON-Quelltext</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ConfigFieldWidget</name>
    <message>
        <location filename="../src/app/ConfigFieldWidget.cpp" line="+131"/>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Choose the file for %1</source>
        <translation>Datei für %1 auswählen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hide the value</source>
        <translation>Wert verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the value</source>
        <translation>Wert anzeigen</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ConfigGroupPage</name>
    <message>
        <location filename="../src/app/ConfigGroupPage.cpp" line="+23"/>
        <source>How to reach the build server, and the identity and secret of this configuration.</source>
        <translation>Wie der Build-Server erreichbar ist, sowie Identität und Geheimnis dieser Konfiguration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The git repository the server clones and builds.</source>
        <translation>Das Git-Repository, das der Server klont und baut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the built image is pushed, and the accounts that push and pull it.</source>
        <translation>Wohin das gebaute Image übertragen wird und mit welchen Konten es übertragen und abgerufen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access to the Dockerfile&apos;s base image, and whether its signature is checked.</source>
        <translation>Zugriff auf das Basis-Image des Dockerfiles und ob seine Signatur geprüft wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the image is built, the build arguments, and the environment variables the deployed container may receive.</source>
        <translation>Wie das Image gebaut wird, die Build-Argumente und die Umgebungsvariablen, die der bereitgestellte Container erhalten darf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IBM Cloud Object Storage for manifests and state images. The COS_ keys serve both unless a MANIFEST_ or STATE_ key overrides them.</source>
        <translation>IBM Cloud Object Storage für Manifeste und Zustandsabbilder. Die COS_-Einträge gelten für beide, sofern kein MANIFEST_- oder STATE_-Eintrag sie überschreibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own CA and certificate files. Leave them empty to use the certificates this program creates next to the configuration.</source>
        <translation>Ihre eigene CA und eigene Zertifikatsdateien. Lassen Sie die Felder leer, um die Zertifikate zu verwenden, die dieses Programm neben der Konfiguration erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys in the file that this program does not know. They are kept as they are when the file is saved.</source>
        <translation>Schlüssel in der Datei, die dieses Programm nicht kennt. Sie bleiben beim Speichern unverändert erhalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shared settings</source>
        <translation>Gemeinsame Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifests</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State images</source>
        <translation>Zustandsabbilder</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ConfigTableEditor</name>
    <message>
        <location filename="../src/app/ConfigTableEditor.cpp" line="+47"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a name to %1</source>
        <translation>Einen Namen zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected rows from %1</source>
        <translation>Die ausgewählten Zeilen aus %1 entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>Show values</source>
        <translation>Werte anzeigen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Show or hide the values of %1</source>
        <translation>Die Werte von %1 anzeigen oder verbergen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide values</source>
        <translation>Werte verbergen</translation>
    </message>
</context>
<context>
    <name>sbs::gui::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+34"/>
        <source>Configuration files (*.json);;All files (*)</source>
        <translation>Konfigurationsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 A new configuration from the template is shown instead.</source>
        <translation>%1 Stattdessen wird eine neue Konfiguration aus der Vorlage angezeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is a new configuration from the template, not saved yet. Fill in the fields marked as errors, then save it with File → Save.</source>
        <translation>Dies ist eine neue Konfiguration aus der Vorlage, die noch nicht gespeichert ist. Füllen Sie die als Fehler markierten Felder aus und speichern Sie sie dann mit Datei → Speichern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Configuration As</source>
        <translation>Konfiguration speichern unter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1. The previous version is kept as %2.</source>
        <translation>%1 wurde gespeichert. Die vorherige Version bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reverted to the saved %1.</source>
        <translation>Auf die gespeicherte Datei %1 zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Your changes are undone as far as this program knows the file.</source>
        <translation>%1 Ihre Änderungen wurden rückgängig gemacht, soweit dieses Programm die Datei kennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes are undone.</source>
        <translation>Ihre Änderungen wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to %1 and go back to the saved version?</source>
        <translation>Ihre Änderungen an %1 verwerfen und zur gespeicherten Version zurückkehren?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SBS Desktop</source>
        <translation>Über SBS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SBS Desktop %1&lt;/h3&gt;&lt;p&gt;A workbench for IBM&apos;s Secure Build Server. It edits the server&apos;s build configuration, sbs-config.json, in forms that check every value as you type, and saves it safely, keeping the previous file as a backup.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SBS Desktop %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für den Secure Build Server von IBM. Sie bearbeitet die Build-Konfiguration des Servers, sbs-config.json, in Formularen, die jeden Wert schon bei der Eingabe prüfen, und speichert sie sicher, wobei die vorherige Datei als Sicherungskopie erhalten bleibt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1[*] — SBS Desktop</source>
        <translation>%1[*] — SBS Desktop</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New configuration, not saved yet</source>
        <translation>Neue Konfiguration, noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>sbs::gui::MessageWidget</name>
    <message>
        <location filename="../src/app/MessageWidget.cpp" line="+95"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>sbs::gui::Prompts</name>
    <message>
        <location filename="../src/app/Prompts.cpp" line="+79"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them before you go on?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern, bevor Sie fortfahren?</translation>
    </message>
</context>
<context>
    <name>sbs::models::ConfigFieldModel</name>
    <message>
        <location filename="../src/core/models/ConfigFieldModel.cpp" line="+108"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A key the program does not know; it is kept as it is.</source>
        <translation>Ein Schlüssel, den das Programm nicht kennt; er bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>This configuration has no file yet; choose where to save it with Save As.</source>
        <translation>Diese Konfiguration hat noch keine Datei; wählen Sie mit „Speichern unter“, wo sie gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The configuration template %1 cannot be read: %2.</source>
        <translation>Die Konfigurationsvorlage %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Other keys</source>
        <translation>Weitere Schlüssel</translation>
    </message>
</context>
<context>
    <name>sbs::models::ConfigListModel</name>
    <message>
        <location filename="../src/core/models/ConfigListModel.cpp" line="+40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This row is empty, so it is not saved in %1.</source>
        <translation>Diese Zeile ist leer und wird daher nicht in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already lists %2 (row %3); this row is not saved.</source>
        <translation>%1 enthält %2 bereits (Zeile %3); diese Zeile wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>sbs::models::ConfigPairsModel</name>
    <message>
        <location filename="../src/core/models/ConfigPairsModel.cpp" line="+46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This row has no name, so it is not saved in %1.</source>
        <translation>Diese Zeile hat keinen Namen und wird daher nicht in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has a row named %2 (row %3); this one is not saved.</source>
        <translation>%1 hat bereits eine Zeile namens %2 (Zeile %3); diese hier wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>sbs::models::Findings</name>
    <message numerus="yes">
        <location filename="../src/core/models/Findings.cpp" line="+85"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sbs::pki::OpenSslError</name>
    <message>
        <location filename="../src/core/pki/OpenSslError.cpp" line="+32"/>
        <source>unknown OpenSSL error</source>
        <translation>unbekannter OpenSSL-Fehler</translation>
    </message>
</context>
<context>
    <name>sbs::server::BuildPipeline</name>
    <message>
        <location filename="../src/server/BuildPipeline.cpp" line="+179"/>
        <source>build started at %1</source>
        <translation>Build gestartet um %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clean the workspace %1</source>
        <translation>Arbeitsbereich %1 leeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create a private temporary folder in %1</source>
        <translation>privaten temporären Ordner in %1 anlegen</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 does not exist inside the repository</source>
        <translation>%1 existiert nicht innerhalb des Repositorys</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>creating the image signing key</source>
        <translation>Schlüssel zum Signieren von Images wird erzeugt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gpg made no signing key</source>
        <translation>gpg hat keinen Signaturschlüssel erzeugt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>built %1 from commit %2 as %3</source>
        <translation>%1 aus Commit %2 als %3 gebaut</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>write the manifest: %1</source>
        <translation>Manifest schreiben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest written: %1</source>
        <translation>Manifest geschrieben: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>sbs::server::ProcessStep</name>
    <message>
        <location filename="../src/server/ProcessStep.cpp" line="+43"/>
        <source>cannot start %1: %2
</source>
        <translation>%1 kann nicht gestartet werden: %2
</translation>
    </message>
</context>
<context>
    <name>sbs::server::SbsHttpServer</name>
    <message>
        <location filename="../src/server/SbsHttpServer.cpp" line="+52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the request body is not a JSON object: %1</source>
        <translation>der Anfragetext ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>a build is running: wait for it or clean first</source>
        <translation>ein Build läuft: warten Sie, bis er fertig ist, oder führen Sie zuerst clean aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>the server is not initialized: run init first</source>
        <translation>der Server ist nicht initialisiert: führen Sie zuerst init aus</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>SECRET does not match the server&apos;s: update needs the current SECRET</source>
        <translation>SECRET stimmt nicht mit dem des Servers überein: update benötigt das aktuelle SECRET</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NEW_SECRET is only accepted by update</source>
        <translation>NEW_SECRET wird nur von update angenommen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a build is already running</source>
        <translation>es läuft bereits ein Build</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>invalid log name: use letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>ungültiger Protokollname: verwenden Sie Buchstaben, Ziffern, „-“ und „_“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no log called %1</source>
        <translation>kein Protokoll namens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the log %1</source>
        <translation>das Protokoll %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no build has succeeded yet</source>
        <translation>es war noch kein Build erfolgreich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid BUILD_NAME</source>
        <translation>ungültiger BUILD_NAME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no build called %1</source>
        <translation>kein Build namens %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the manifest of %1 is missing</source>
        <translation>das Manifest von %1 fehlt</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+13"/>
        <source>sbs-server keeps state images itself: object storage is not available</source>
        <translation>sbs-server verwaltet Zustandsabbilder selbst: Object Storage ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>a build is running: export the state when it has finished</source>
        <translation>ein Build läuft: exportieren Sie den Zustand, wenn er fertig ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a build is running: import the state after clean</source>
        <translation>ein Build läuft: importieren Sie den Zustand nach clean</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a state image import needs &quot;secret&quot; and &quot;state&quot;</source>
        <translation>der Import eines Zustandsabbilds benötigt „secret“ und „state“</translation>
    </message>
</context>
</TS>
