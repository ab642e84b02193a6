<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ArchiveEntry</name>
    <message>
        <location filename="../src/core/manifest/ArchiveEntry.cpp" line="+11"/>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path climbs out with &quot;..&quot;</source>
        <translation>der Pfad verlässt mit „..“ den Zielordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hard link to %1, outside the archive</source>
        <translation>Hardlink auf %1, außerhalb des Archivs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link to %1, outside the archive</source>
        <translation>Link auf %1, außerhalb des Archivs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>second entry with this path</source>
        <translation>zweiter Eintrag mit diesem Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device, FIFO or socket, which is never extracted</source>
        <translation>eine Gerätedatei, ein FIFO oder ein Socket, was nie entpackt wird</translation>
    </message>
</context>
<context>
    <name>BuildCharts</name>
    <message>
        <location filename="../src/app/ChartPalette.cpp" line="+102"/>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
</context>
<context>
    <name>BuildCommand</name>
    <message>
        <location filename="../src/cli/BuildCommand.cpp" line="+10"/>
        <source>Start a build on the server; follow it with status --wait or log --follow.</source>
        <translation>Einen Build auf dem Server starten; mit status --wait oder log --follow lässt er sich verfolgen.</translation>
    </message>
</context>
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
    <name>BuildRecord</name>
    <message>
        <location filename="../src/core/history/BuildRecord.cpp" line="+32"/>
        <source>Workspace cleaned</source>
        <translation>Arbeitsbereich bereinigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source cloned</source>
        <translation>Quellcode geklont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image built</source>
        <translation>Image gebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image pushed and signed</source>
        <translation>Image gepusht und signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manifest signed</source>
        <translation>Manifest signiert</translation>
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
    <name>CertificateCheck</name>
    <message>
        <location filename="../src/core/models/CertificateCheck.cpp" line="+86"/>
        <source>Your CA</source>
        <translation>Ihre CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client CA</source>
        <translation>Client-CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate</source>
        <translation>Server-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your CA key</source>
        <translation>Ihr CA-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA key</source>
        <translation>CA-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server key</source>
        <translation>Server-Schlüssel</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+146"/>
        <source>Generate creates it (create-server-cert)</source>
        <translation>Wird mit „Erzeugen“ erstellt (create-server-cert)</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+27"/>
        <location line="+78"/>
        <source>Generate creates it (create-client-cert)</source>
        <translation>Wird mit „Erzeugen“ erstellt (create-client-cert)</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>your own CA: choose it with Use own CA</source>
        <translation>Ihre eigene CA: mit „Eigene CA verwenden“ auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your CA certificate %1 (CAPATH) does not exist; choose your CA files again with Use own CA.</source>
        <translation>Ihr CA-Zertifikat %1 (CAPATH) existiert nicht; wählen Sie Ihre CA-Dateien mit „Eigene CA verwenden“ erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client CA %1 is missing, so the client certificate cannot be checked or renewed; start over to make a new CA and new certificates.</source>
        <translation>Die Client-CA %1 fehlt, daher kann das Client-Zertifikat weder geprüft noch erneuert werden; beginnen Sie neu, um eine neue CA und neue Zertifikate zu erstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client CA %1 does not exist yet; Generate creates it.</source>
        <translation>Die Client-CA %1 existiert noch nicht; „Erzeugen“ erstellt sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA certificate (CAPATH)</source>
        <translation>CA-Zertifikat, CAPATH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client CA certificate</source>
        <translation>Client-CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a CA certificate (basicConstraints CA:TRUE is missing); choose the certificate of a certificate authority.</source>
        <translation>%1 ist kein CA-Zertifikat (basicConstraints CA:TRUE fehlt); wählen Sie das Zertifikat einer Zertifizierungsstelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your CA %1 expired on %2; choose a valid CA (the server needs a new contract with it).</source>
        <translation>Ihre CA %1 ist am %2 abgelaufen; wählen Sie eine gültige CA (der Server benötigt damit einen neuen Vertrag).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your CA %1 expires in %n day(s) (%2); plan a new CA and a new contract before then.</source>
        <translation>
            <numerusform>Ihre CA %1 läuft in %n Tag ab (%2); planen Sie bis dahin eine neue CA und einen neuen Vertrag ein.</numerusform>
            <numerusform>Ihre CA %1 läuft in %n Tagen ab (%2); planen Sie bis dahin eine neue CA und einen neuen Vertrag ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client CA %1 expired on %2; start over with a new CA (the server needs a new contract with it).</source>
        <translation>Die Client-CA %1 ist am %2 abgelaufen; beginnen Sie mit einer neuen CA neu (der Server benötigt damit einen neuen Vertrag).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The client CA %1 expires in %n day(s) (%2); plan a new CA and a new contract before then.</source>
        <translation>
            <numerusform>Die Client-CA %1 läuft in %n Tag ab (%2); planen Sie bis dahin eine neue CA und einen neuen Vertrag ein.</numerusform>
            <numerusform>Die Client-CA %1 läuft in %n Tagen ab (%2); planen Sie bis dahin eine neue CA und einen neuen Vertrag ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your own CA key: choose it with Use own CA</source>
        <translation>Ihr eigener CA-Schlüssel: mit „Eigene CA verwenden“ auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate creates it with the CA (create-client-cert)</source>
        <translation>Wird mit „Erzeugen“ zusammen mit der CA erstellt (create-client-cert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key of your CA %1 (CAKEYPATH) does not exist; choose your CA files again with Use own CA.</source>
        <translation>Der Schlüssel Ihrer CA %1 (CAKEYPATH) existiert nicht; wählen Sie Ihre CA-Dateien mit „Eigene CA verwenden“ erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA key %1 is missing, so no certificate can be issued or renewed; restore it, or start over with a new CA.</source>
        <translation>Der CA-Schlüssel %1 fehlt, daher kann kein Zertifikat ausgestellt oder erneuert werden; stellen Sie ihn wieder her oder beginnen Sie mit einer neuen CA neu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The client certificate %1 is missing but its CA exists; start over (delete, then generate) to make both again.</source>
        <translation>Das Client-Zertifikat %1 fehlt, seine CA existiert aber; beginnen Sie neu (löschen, dann erzeugen), um beide neu zu erstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client certificate %1 does not exist yet; Generate issues it from your CA.</source>
        <translation>Das Client-Zertifikat %1 existiert noch nicht; „Erzeugen“ stellt es von Ihrer CA aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client certificate %1 does not exist yet; Generate creates it.</source>
        <translation>Das Client-Zertifikat %1 existiert noch nicht; „Erzeugen“ erstellt es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client certificate and key (CLIENT_CRT_KEY)</source>
        <translation>Client-Zertifikat und -Schlüssel, CLIENT_CRT_KEY</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client certificate %1 expired on %2; renew it.</source>
        <translation>Das Client-Zertifikat %1 ist am %2 abgelaufen; erneuern Sie es.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The client certificate %1 expires in %n day(s) (%2); renew it soon.</source>
        <translation>
            <numerusform>Das Client-Zertifikat %1 läuft in %n Tag ab (%2); erneuern Sie es bald.</numerusform>
            <numerusform>Das Client-Zertifikat %1 läuft in %n Tagen ab (%2); erneuern Sie es bald.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server certificate %1 for HOSTNAME does not exist yet; Generate creates it.</source>
        <translation>Das Server-Zertifikat %1 für HOSTNAME existiert noch nicht; „Erzeugen“ erstellt es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server certificate (CERTPATH)</source>
        <translation>Server-Zertifikat, CERTPATH</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server certificate %1 is for %2, not for HOSTNAME %3; replace it with one for %3 (the old files are backed up).</source>
        <translation>Das Server-Zertifikat %1 gilt für %2, nicht für HOSTNAME %3; ersetzen Sie es durch eines für %3 (die alten Dateien werden gesichert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no host name</source>
        <translation>keinen Hostnamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate creates it with the server certificate (create-server-cert)</source>
        <translation>Wird mit „Erzeugen“ zusammen mit dem Server-Zertifikat erstellt (create-server-cert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server key %1 is missing; replace the server certificate to make a new pair (the old files are backed up).</source>
        <translation>Der Server-Schlüssel %1 fehlt; ersetzen Sie das Server-Zertifikat, um ein neues Paar zu erstellen (die alten Dateien werden gesichert).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server certificate %1 expired on %2; renew it.</source>
        <translation>Das Server-Zertifikat %1 ist am %2 abgelaufen; erneuern Sie es.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The server certificate %1 expires in %n day(s) (%2); renew it soon.</source>
        <translation>
            <numerusform>Das Server-Zertifikat %1 läuft in %n Tag ab (%2); erneuern Sie es bald.</numerusform>
            <numerusform>Das Server-Zertifikat %1 läuft in %n Tagen ab (%2); erneuern Sie es bald.</numerusform>
        </translation>
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
    <name>CertificatesPage</name>
    <message>
        <location filename="../ui/CertificatesPage.ui" line="+43"/>
        <source>Create what is missing: the client CA and client certificate, then the server certificate for HOSTNAME</source>
        <translation>Fehlendes erstellen: Client-CA und Client-Zertifikat, danach das Server-Zertifikat für HOSTNAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make a new server key and certificate for HOSTNAME; the old files are backed up</source>
        <translation>Neuen Server-Schlüssel und neues Server-Zertifikat für HOSTNAME erstellen; die alten Dateien werden gesichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;server certificate</source>
        <translation>Neues &amp;Server-Zertifikat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue new client and server certificates from the same CA when they expire within 30 days; the old files are backed up</source>
        <translation>Neue Client- und Server-Zertifikate von derselben CA ausstellen, wenn sie innerhalb von 30 Tagen ablaufen; die alten Dateien werden gesichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Renew</source>
        <translation>E&amp;rneuern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue the certificates from your own CA: choose its certificate and key files (CAPATH, CAKEYPATH)</source>
        <translation>Die Zertifikate von Ihrer eigenen CA ausstellen: deren Zertifikats- und Schlüsseldatei auswählen (CAPATH, CAKEYPATH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &amp;own CA…</source>
        <translation>Eigene &amp;CA verwenden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the public CA certificate to a new file</source>
        <translation>Das öffentliche CA-Zertifikat in einer neuen Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport CA…</source>
        <translation>CA e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the default certificate file and its folder, to start over</source>
        <translation>Die Standard-Zertifikatsdatei und ihren Ordner löschen, um neu zu beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Read the certificate files again</source>
        <translation>Die Zertifikatsdateien erneut einlesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Key type of new keys:</source>
        <translation>Schlüssel&amp;typ neuer Schlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key type Generate and New server certificate use; Renew keeps the type of the key it replaces</source>
        <translation>Der Schlüsseltyp, den „Erzeugen“ und „Neues Server-Zertifikat“ verwenden; „Erneuern“ behält den Typ des ersetzten Schlüssels bei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Renew the client and server certificates now, even when they are valid for longer than 30 days</source>
        <translation>Die Client- und Server-Zertifikate jetzt erneuern, auch wenn sie noch länger als 30 Tage gültig sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew even when not &amp;due</source>
        <translation>Auch erneuern, wenn nicht &amp;fällig</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Instance env</source>
        <translation>Instanz-env</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY for the env section of the contract, as sbsctl instance-env prints them. SERVER_KEY is encrypted to the platform&apos;s OpenPGP public key.</source>
        <translation>CLIENT_CRT, CLIENT_CA, SERVER_CRT und SERVER_KEY für den Abschnitt env des Vertrags, wie sbsctl instance-env sie ausgibt. SERVER_KEY ist für den öffentlichen OpenPGP-Schlüssel der Plattform verschlüsselt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Platform key:</source>
        <translation>&amp;Plattformschlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The platform&apos;s OpenPGP public key file; empty uses HPVS_PUBLIC_KEY_FILE of the configuration</source>
        <translation>Die Datei mit dem öffentlichen OpenPGP-Schlüssel der Plattform; wenn leer, wird HPVS_PUBLIC_KEY_FILE aus der Konfiguration verwendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave SERVER_KEY unencrypted, for an sbs-server on this computer only</source>
        <translation>SERVER_KEY unverschlüsselt lassen, nur für einen sbs-server auf diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lain server key for a local sbs-server</source>
        <translation>&amp;Unverschlüsselter Server-Schlüssel für einen lokalen sbs-server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SERVER_KEY will be the unencrypted private key of the server: use these values only for an sbs-server on this computer, never in a contract, a repository or a chat. They are never shown here.</source>
        <translation>SERVER_KEY ist dann der unverschlüsselte private Schlüssel des Servers: Verwenden Sie diese Werte nur für einen sbs-server auf diesem Computer, niemals in einem Vertrag, einem Repository oder einem Chat. Hier werden sie nie angezeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sho&amp;w values</source>
        <translation>&amp;Werte anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the values to the clipboard; it is cleared after 30 seconds</source>
        <translation>Die Werte in die Zwischenablage kopieren; sie wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the values to a new file</source>
        <translation>Die Werte in einer neuen Datei speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve…</source>
        <translation>Speic&amp;hern…</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <location filename="../src/cli/CleanCommand.cpp" line="+10"/>
        <source>Stop a running build and reset the build service; status then says &quot;restarted cicd&quot;.</source>
        <translation>Einen laufenden Build anhalten und den Build-Dienst zurücksetzen; status meldet danach „restarted cicd“.</translation>
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
        <location line="+25"/>
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
        <location line="+11"/>
        <source>one command at a time, but %1 were given (%2); run sbsctl --help for the usage.</source>
        <translation>nur ein Befehl auf einmal, aber %1 wurden angegeben (%2); Hinweise zur Verwendung zeigt sbsctl --help.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>unknown command &quot;%1&quot;; run sbsctl --help for the list of commands.</source>
        <translation>unbekannter Befehl „%1“; die Liste der Befehle zeigt sbsctl --help.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs %2; run sbsctl --help for the usage.</source>
        <translation>%1 benötigt %2; Hinweise zur Verwendung zeigt sbsctl --help.</translation>
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
        <location filename="../src/cli/CommandContext.cpp" line="+37"/>
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
    <name>ContractEnv</name>
    <message>
        <location filename="../src/core/contract/ContractYaml.cpp" line="+142"/>
        <source>The volume seed is empty: enter the seed that encrypts the hpsb data volume, and keep it; a new instance needs the same seed to open the volume.</source>
        <translation>Der Volume-Seed ist leer: Geben Sie den Seed ein, der das Daten-Volume hpsb verschlüsselt, und bewahren Sie ihn auf; eine neue Instanz benötigt denselben Seed, um das Volume zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logging host &quot;%1&quot; contains white space: enter the host name only, e.g. syslog-a.eu-de.logging.cloud.ibm.com.</source>
        <translation>Der Logging-Host „%1“ enthält Leerzeichen: Geben Sie nur den Hostnamen ein, z. B. syslog-a.eu-de.logging.cloud.ibm.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ingestion key is needed with a logging host: enter the ingestion key of the log service, or clear the logging host to leave logging out.</source>
        <translation>Zu einem Logging-Host wird ein Ingestion-Schlüssel benötigt: Geben Sie den Ingestion-Schlüssel des Log-Dienstes ein, oder leeren Sie den Logging-Host, um auf Logging zu verzichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ingestion key contains white space: paste the key alone, without spaces or line breaks.</source>
        <translation>Der Ingestion-Schlüssel enthält Leerzeichen: Fügen Sie nur den Schlüssel ein, ohne Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logging port %1 is out of range: enter a port from 1 to 65535, or leave it empty for the default.</source>
        <translation>Der Logging-Port %1 liegt außerhalb des gültigen Bereichs: Geben Sie einen Port von 1 bis 65535 ein, oder lassen Sie das Feld für den Standardwert leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An ingestion key is given without a logging host: enter the logging host, or clear the ingestion key to leave logging out.</source>
        <translation>Ein Ingestion-Schlüssel ist ohne Logging-Host angegeben: Geben Sie den Logging-Host ein, oder leeren Sie den Ingestion-Schlüssel, um auf Logging zu verzichten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An env entry has no name: enter a name, or remove the entry.</source>
        <translation>Ein env-Eintrag hat keinen Namen: Geben Sie einen Namen ein, oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The env name &quot;%1&quot; is not valid: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Der env-Name „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern und „_“, ohne mit einer Ziffer zu beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The env name %1 appears twice: keep one entry of each name.</source>
        <translation>Der env-Name %1 kommt zweimal vor: Behalten Sie je Name nur einen Eintrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The env value of %1 is empty: enter its value, or remove the entry.</source>
        <translation>Der env-Wert von %1 ist leer: Geben Sie seinen Wert ein, oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signing key holds a private key: the contract takes only its public half (-----BEGIN PUBLIC KEY-----).</source>
        <translation>Der Signaturschlüssel enthält einen privaten Schlüssel: Der Vertrag nimmt nur dessen öffentliche Hälfte auf (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signing key is not a PEM public key: give the public half of the signing key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>Der Signaturschlüssel ist kein öffentlicher PEM-Schlüssel: Geben Sie die öffentliche Hälfte des Signaturschlüssels an (-----BEGIN PUBLIC KEY-----).</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+4"/>
        <source>The env section could not be written as YAML (%1).</source>
        <translation>Der Abschnitt env konnte nicht als YAML geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>ContractSigner</name>
    <message>
        <location filename="../src/core/contract/HyperProtect.cpp" line="+334"/>
        <source>No signing key is loaded; choose the RSA key that signs the contract.</source>
        <translation>Es ist kein Signaturschlüssel geladen; wählen Sie den RSA-Schlüssel, der den Vertrag signiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract signing key is %1; envWorkloadSignature needs an RSA key.</source>
        <translation>Der Signaturschlüssel des Vertrags ist %1; envWorkloadSignature benötigt einen RSA-Schlüssel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>The contract could not be signed (%1).</source>
        <translation>Der Vertrag konnte nicht signiert werden (%1).</translation>
    </message>
</context>
<context>
    <name>ContractYaml</name>
    <message>
        <location filename="../src/core/contract/ContractYaml.cpp" line="+64"/>
        <source>The workload section in %1</source>
        <translation>Der Abschnitt workload in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 16 MiB; an encrypted workload section is a few kilobytes. Choose the file IBM supplies with the workload section.</source>
        <translation>%1 ist größer als 16 MiB; ein verschlüsselter Abschnitt workload ist nur wenige Kilobyte groß. Wählen Sie die Datei, die IBM mit dem Abschnitt workload liefert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty; choose the file holding the encrypted workload section (hyper-protect-basic.…) that IBM supplies for the Secure Build Server.</source>
        <translation>%1 ist leer; wählen Sie die Datei mit dem verschlüsselten Abschnitt workload (hyper-protect-basic.…), die IBM für den Secure Build Server liefert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a text file; choose the file holding the encrypted workload section (hyper-protect-basic.…).</source>
        <translation>%1 ist keine Textdatei; wählen Sie die Datei mit dem verschlüsselten Abschnitt workload (hyper-protect-basic.…).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is neither a hyper-protect-basic.… string nor YAML (line %2: %3); choose the file holding the encrypted workload section.</source>
        <translation>%1 ist weder eine hyper-protect-basic.…-Zeichenkette noch YAML (Zeile %2: %3); wählen Sie die Datei mit dem verschlüsselten Abschnitt workload.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <source>%1 could not be read as YAML (%2).</source>
        <translation>%1 konnte nicht als YAML gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 is not encrypted; IBM supplies the SBS workload section already encrypted as hyper-protect-basic.…. Use that string, not a plain workload.</source>
        <translation>%1 ist nicht verschlüsselt; IBM liefert den SBS-Abschnitt workload bereits verschlüsselt als hyper-protect-basic.…. Verwenden Sie diese Zeichenkette, keinen unverschlüsselten Abschnitt workload.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds text that is not an encrypted workload section; it should be a hyper-protect-basic.… string or YAML with a workload: key.</source>
        <translation>%1 enthält Text, der kein verschlüsselter Abschnitt workload ist; erwartet wird eine hyper-protect-basic.…-Zeichenkette oder YAML mit einem Schlüssel workload:.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds a YAML list, not a workload section; it should be a hyper-protect-basic.… string or YAML with a workload: key.</source>
        <translation>%1 enthält eine YAML-Liste, keinen Abschnitt workload; erwartet wird eine hyper-protect-basic.…-Zeichenkette oder YAML mit einem Schlüssel workload:.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no workload section, only comments or an empty document.</source>
        <translation>%1 enthält keinen Abschnitt workload, nur Kommentare oder ein leeres Dokument.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no workload: key (its keys: %2); choose the file holding the encrypted workload section.</source>
        <translation>%1 hat keinen Schlüssel workload: (vorhandene Schlüssel: %2); wählen Sie die Datei mit dem verschlüsselten Abschnitt workload.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a hyper-protect-basic.… string; the workload: key should hold one.</source>
        <translation>%1 ist keine hyper-protect-basic.…-Zeichenkette; der Schlüssel workload: sollte eine solche enthalten.</translation>
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
    <name>Duration</name>
    <message>
        <location filename="../src/core/util/Duration.cpp" line="+13"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EncryptionCertificate</name>
    <message>
        <location filename="../src/core/contract/HyperProtect.cpp" line="-207"/>
        <source>encryption certificate</source>
        <translation>Verschlüsselungszertifikat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds a private key, not a certificate; give the platform&apos;s encryption certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält einen privaten Schlüssel, kein Zertifikat; geben Sie das Verschlüsselungszertifikat der Plattform an (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds an OpenPGP key, which encrypts SERVER_KEY; the contract sections are encrypted to the platform&apos;s X.509 encryption certificate instead.</source>
        <translation>%1 enthält einen OpenPGP-Schlüssel, für den SERVER_KEY verschlüsselt wird; die Abschnitte des Vertrags werden dagegen für das X.509-Verschlüsselungszertifikat der Plattform verschlüsselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds a bare public key, not a certificate; give the platform&apos;s encryption certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält einen bloßen öffentlichen Schlüssel, kein Zertifikat; geben Sie das Verschlüsselungszertifikat der Plattform an (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a PEM block of type &quot;%2&quot;, not a certificate; give the platform&apos;s encryption certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält einen PEM-Block vom Typ „%2“, kein Zertifikat; geben Sie das Verschlüsselungszertifikat der Plattform an (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The certificate in %1 has an EC key; the platform&apos;s encryption certificate has an RSA key. Check that you chose the encryption certificate of the Hyper Protect image.</source>
        <translation>Das Zertifikat in %1 hat einen EC-Schlüssel; das Verschlüsselungszertifikat der Plattform hat einen RSA-Schlüssel. Prüfen Sie, ob Sie das Verschlüsselungszertifikat des Hyper Protect-Images gewählt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate in %1 has a key of type %2; the platform&apos;s encryption certificate has an RSA key. Check that you chose the encryption certificate of the Hyper Protect image.</source>
        <translation>Das Zertifikat in %1 hat einen Schlüssel vom Typ %2; das Verschlüsselungszertifikat der Plattform hat einen RSA-Schlüssel. Prüfen Sie, ob Sie das Verschlüsselungszertifikat des Hyper Protect-Images gewählt haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate in %1 has an RSA key of only %2 bits; an encryption certificate needs at least %3 bits.</source>
        <translation>Das Zertifikat in %1 hat einen RSA-Schlüssel mit nur %2 Bit; ein Verschlüsselungszertifikat benötigt mindestens %3 Bit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate in %1 is not valid before %2; check the computer&apos;s clock, or choose a certificate that is valid now.</source>
        <translation>Das Zertifikat in %1 ist erst ab %2 gültig; prüfen Sie die Uhr des Computers, oder wählen Sie ein Zertifikat, das jetzt gültig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate in %1 expired on %2; download the current encryption certificate of the Hyper Protect image.</source>
        <translation>Das Zertifikat in %1 ist am %2 abgelaufen; laden Sie das aktuelle Verschlüsselungszertifikat des Hyper Protect-Images herunter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, %2, valid until %3, SHA-256 %4</source>
        <translation>%1, %2, gültig bis %3, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../src/core/api/Endpoint.cpp" line="+12"/>
        <source>the configuration</source>
        <translation>die Konfiguration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no HOSTNAME: add the host name of the build server</source>
        <translation>%1 hat keinen HOSTNAME: Ergänzen Sie den Hostnamen des Build-Servers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: CICD_PORT &quot;%2&quot; is not a port: give a number from 1 to 65535</source>
        <translation>%1: CICD_PORT „%2“ ist kein Port: Geben Sie eine Zahl von 1 bis 65535 an</translation>
    </message>
</context>
<context>
    <name>EntryStream</name>
    <message>
        <location filename="../src/core/manifest/EntryStream.cpp" line="+44"/>
        <source>%1 holds members of two manifests, %2 and %3; it was refused</source>
        <translation>%1 enthält Elemente zweier Manifeste, %2 und %3; es wurde zurückgewiesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature %1 in %2 is %3 bytes, more than a signature can be (%4 bytes); the manifest was refused</source>
        <translation>die Signatur %1 in %2 ist %3 Byte groß, größer, als eine Signatur sein kann (%4 Byte); das Manifest wurde zurückgewiesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the manifest %1 has no .tbz member: %2.tbz, the signed archive of the build, is missing, so there is nothing to read</source>
        <translation>das Manifest %1 hat kein .tbz-Element: %2.tbz, das signierte Archiv des Builds, fehlt, daher gibt es nichts zu lesen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 in %2 is not a file, so it has no data to read</source>
        <translation>%1 in %2 ist keine Datei und hat daher keine Daten zum Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data of %1 in %2 was read already</source>
        <translation>die Daten von %1 in %2 wurden bereits gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2 is larger than %3, the most that is read here</source>
        <translation>%1 in %2 ist größer als %3, das Maximum, das hier gelesen wird</translation>
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
    <name>GetDigestCommand</name>
    <message>
        <location filename="../src/cli/GetDigestCommand.cpp" line="+10"/>
        <source>Print the built image by digest (registry/namespace/repository@sha256:…), for docker-compose.yml.</source>
        <translation>Das gebaute Image mit Digest ausgeben (registry/namespace/repository@sha256:…), für docker-compose.yml.</translation>
    </message>
</context>
<context>
    <name>GetManifestCommand</name>
    <message>
        <location filename="../src/cli/GetManifestCommand.cpp" line="+19"/>
        <source>Download the signed manifest of a build as &lt;manifest_name&gt;.sig.tbz; --verify-manifest checks its signature.</source>
        <translation>Das signierte Manifest eines Builds als &lt;manifest_name&gt;.sig.tbz herunterladen; --verify-manifest prüft seine Signatur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also download the build&apos;s public key and verify the manifest&apos;s signature.</source>
        <translation>Zusätzlich den öffentlichen Schlüssel des Builds herunterladen und die Signatur des Manifests prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also check that a modified copy of the manifest fails verification (in memory).</source>
        <translation>Zusätzlich prüfen, dass eine veränderte Kopie des Manifests die Verifizierung nicht besteht (im Speicher).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest</source>
        <translation>das Manifest</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest&apos;s public key</source>
        <translation>der öffentliche Schlüssel des Manifests</translation>
    </message>
</context>
<context>
    <name>GetPublicKeyCommand</name>
    <message>
        <location filename="../src/cli/GetPublicKeyCommand.cpp" line="+11"/>
        <source>Download the public key that verifies a build&apos;s manifest, as manifest.&lt;build_name&gt;-public.pem.</source>
        <translation>Den öffentlichen Schlüssel, mit dem sich das Manifest eines Builds verifizieren lässt, als manifest.&lt;build_name&gt;-public.pem herunterladen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the manifest&apos;s public key</source>
        <translation>der öffentliche Schlüssel des Manifests</translation>
    </message>
</context>
<context>
    <name>GetSignedImageKeyCommand</name>
    <message>
        <location filename="../src/cli/GetSignedImageKeyCommand.cpp" line="+10"/>
        <source>Download the public key of the image signatures as &lt;repository&gt;-public.key (base64 unless the push server is docker.io), for the contract&apos;s images section.</source>
        <translation>Den öffentlichen Schlüssel der Image-Signaturen als &lt;repository&gt;-public.key herunterladen (base64, außer wenn der Push-Server docker.io ist), für den Abschnitt images des Vertrags.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the signed image&apos;s public key</source>
        <translation>der öffentliche Schlüssel des signierten Images</translation>
    </message>
</context>
<context>
    <name>GetStateImageCommand</name>
    <message>
        <location filename="../src/cli/GetStateImageCommand.cpp" line="+11"/>
        <source>Export the server&apos;s encrypted state image to a file named after it (or to a bucket, keeping the metadata file).</source>
        <translation>Das verschlüsselte Zustandsabbild des Servers in eine nach ihm benannte Datei exportieren (oder in einen Bucket, wobei die Metadatendatei erhalten bleibt).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the metadata of the state image in bucket %1</source>
        <translation>die Metadaten des Zustandsabbilds im Bucket %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the state image</source>
        <translation>das Zustandsabbild</translation>
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
    <name>HyperProtectCipher</name>
    <message>
        <location filename="../src/core/contract/HyperProtect.cpp" line="-171"/>
        <source>No random salt could be made (%1).</source>
        <translation>Es konnte kein zufälliges Salt erzeugt werden (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The section key could not be derived (%1).</source>
        <translation>Der Abschnittsschlüssel konnte nicht abgeleitet werden (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AES-256-CBC could not be set up (%1).</source>
        <translation>AES-256-CBC konnte nicht eingerichtet werden (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The section could not be encrypted (%1).</source>
        <translation>Der Abschnitt konnte nicht verschlüsselt werden (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>RSA encryption to the certificate could not be set up (%1).</source>
        <translation>Die RSA-Verschlüsselung für das Zertifikat konnte nicht eingerichtet werden (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The section password could not be encrypted to the certificate (%1).</source>
        <translation>Das Abschnittspasswort konnte nicht für das Zertifikat verschlüsselt werden (%1).</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>No RSA encryption certificate is loaded; choose the platform&apos;s encryption certificate.</source>
        <translation>Es ist kein RSA-Verschlüsselungszertifikat geladen; wählen Sie das Verschlüsselungszertifikat der Plattform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section is too large to encrypt.</source>
        <translation>Der Abschnitt ist zu groß zum Verschlüsseln.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No random password could be made (%1).</source>
        <translation>Es konnte kein zufälliges Passwort erzeugt werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section password could not be encoded.</source>
        <translation>Das Abschnittspasswort konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is empty; it should be a hyper-protect-basic.… string.</source>
        <translation>%1 ist leer; erwartet wird eine hyper-protect-basic.…-Zeichenkette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is encrypted with the scheme &quot;%2&quot;; only hyper-protect-basic is supported.</source>
        <translation>%1 ist mit dem Schema „%2“ verschlüsselt; nur hyper-protect-basic wird unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an encrypted section: it does not start with hyper-protect-basic.</source>
        <translation>%1 ist kein verschlüsselter Abschnitt: Der Text beginnt nicht mit hyper-protect-basic.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is incomplete or damaged: after hyper-protect-basic. it must have two parts separated by one &apos;.&apos;, the encrypted password and the encrypted section; copy the whole string again.</source>
        <translation>%1 ist unvollständig oder beschädigt: Nach hyper-protect-basic. müssen zwei durch einen „.“ getrennte Teile folgen, das verschlüsselte Passwort und der verschlüsselte Abschnitt; kopieren Sie die ganze Zeichenkette erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged: its password part is not valid base64; copy the whole string again.</source>
        <translation>%1 ist beschädigt: Der Passwortteil ist kein gültiges Base64; kopieren Sie die ganze Zeichenkette erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: its password part has %2 bytes, less than an RSA-encrypted password; copy the whole string again.</source>
        <translation>%1 ist beschädigt: Der Passwortteil hat %2 Byte, weniger als ein RSA-verschlüsseltes Passwort; kopieren Sie die ganze Zeichenkette erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged: its section part is not valid base64; copy the whole string again.</source>
        <translation>%1 ist beschädigt: Der Abschnittsteil ist kein gültiges Base64; kopieren Sie die ganze Zeichenkette erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: its section part does not start with the Salted__ header of AES-256-CBC; copy the whole string again.</source>
        <translation>%1 ist beschädigt: Der Abschnittsteil beginnt nicht mit dem Salted__-Header von AES-256-CBC; kopieren Sie die ganze Zeichenkette erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is cut short: its section part is not a whole number of AES blocks; copy the whole string again.</source>
        <translation>%1 ist abgeschnitten: Der Abschnittsteil besteht nicht aus einer ganzen Zahl von AES-Blöcken; kopieren Sie die ganze Zeichenkette erneut.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../src/cli/InitCommand.cpp" line="+10"/>
        <source>Send the build configuration to the server (the first time).</source>
        <translation>Die Build-Konfiguration an den Server senden (beim ersten Mal).</translation>
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
    <name>LogCommand</name>
    <message>
        <location filename="../src/cli/LogCommand.cpp" line="+32"/>
        <source>Print a server log (--log build is the build log); --follow prints new lines until the build ends.</source>
        <translation>Ein Server-Log ausgeben (--log build ist das Build-Log); --follow gibt neue Zeilen aus, bis der Build endet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log to print (default: build).</source>
        <translation>Das auszugebende Log (Standard: build).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep printing new lines until the build ends; the exit status says whether it succeeded.</source>
        <translation>Weiter neue Zeilen ausgeben, bis der Build endet; der Exit-Status gibt an, ob er erfolgreich war.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>-- the log started over (the server was cleaned or restarted) --</source>
        <translation>-- das Log hat neu begonnen (der Server wurde bereinigt oder neu gestartet) --</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-- the build succeeded --</source>
        <translation>-- der Build war erfolgreich --</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the build failed (exit code %1) at: %2</source>
        <translation>der Build ist fehlgeschlagen (Exit-Code %1) bei: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no build is running (status &quot;%1&quot;): start one with build.</source>
        <translation>es läuft kein Build (Status „%1“): Starten Sie einen mit build.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+254"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New server…</source>
        <translation>Neuer Server…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a configuration file as a server</source>
        <translation>Eine Konfigurationsdatei als Server öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the selected server from the list (its files stay)</source>
        <translation>Den ausgewählten Server aus der Liste entfernen (seine Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No server yet</source>
        <translation>Noch kein Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set up a Secure Build Server with the wizard, or open the sbs-config.json of one you already use.</source>
        <translation>Richten Sie mit dem Assistenten einen Secure Build Server ein, oder öffnen Sie die sbs-config.json eines Servers, den Sie bereits verwenden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+104"/>
        <source>&amp;New Server…</source>
        <translation>&amp;Neuer Server…</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Open Configuration…</source>
        <translation>&amp;Konfiguration öffnen…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set up a new server profile with the onboarding wizard</source>
        <translation>Ein neues Server-Profil mit dem Einrichtungsassistenten anlegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a configuration file and add it as a server profile</source>
        <translation>Eine Konfigurationsdatei öffnen und als Server-Profil hinzufügen</translation>
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
        <source>&amp;Remove Server from List</source>
        <translation>Server aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected server profile from the list; its files stay</source>
        <translation>Das ausgewählte Server-Profil aus der Liste entfernen; seine Dateien bleiben erhalten</translation>
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
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the server&apos;s status and actions</source>
        <translation>Status und Aktionen des Servers anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>B&amp;uilds</source>
        <translation>B&amp;uilds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the build timeline, log and history</source>
        <translation>Zeitleiste, Log und Verlauf der Builds anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Manifests</source>
        <translation>&amp;Manifeste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the manifest library: verify, browse, compare and hand on manifests</source>
        <translation>Manifest-Bibliothek anzeigen: Manifeste prüfen, durchsuchen, vergleichen und weitergeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the image by digest, its signing key and the contract builder</source>
        <translation>Das Image per Digest, seinen Signaturschlüssel und die Vertragserstellung anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;tate Images</source>
        <translation>Zus&amp;tandsabbilder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the state images: export, recover on a new server, rotate the secret</source>
        <translation>Die Zustandsabbilder anzeigen: exportieren, auf einem neuen Server wiederherstellen, Geheimnis wechseln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the configuration editor</source>
        <translation>Den Konfigurationseditor anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ertificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the certificates of the server profile</source>
        <translation>Die Zertifikate des Server-Profils anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Previous Server</source>
        <translation>&amp;Vorheriger Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the server above in the list</source>
        <translation>Den Server darüber in der Liste auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ne&amp;xt Server</source>
        <translation>Nä&amp;chster Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the server below in the list</source>
        <translation>Den Server darunter in der Liste auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh Status</source>
        <translation>Status &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the selected server for its status now</source>
        <translation>Den ausgewählten Server jetzt nach seinem Status fragen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a build on the selected server</source>
        <translation>Einen Build auf dem ausgewählten Server starten</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>ManifestArchive</name>
    <message>
        <location filename="../src/core/manifest/ManifestArchive.cpp" line="+33"/>
        <source>cannot start SHA-256 for %1</source>
        <translation>SHA-256 für %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a signed manifest: it starts with %2 where &lt;name&gt;.tbz and &lt;name&gt;.sig belong, so it looks like a bare .tbz, which has no signature; choose the .sig.tbz file</source>
        <translation>%1 ist kein signiertes Manifest: Es beginnt mit %2, wo &lt;name&gt;.tbz und &lt;name&gt;.sig hingehören, und sieht daher wie ein bloßes .tbz ohne Signatur aus; wählen Sie die .sig.tbz-Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds members of two manifests, %2 and %3; it was refused</source>
        <translation>%1 enthält Elemente zweier Manifeste, %2 und %3; es wurde zurückgewiesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has two .sig members (%2); a manifest has one, so it was refused</source>
        <translation>%1 hat zwei .sig-Elemente (%2); ein Manifest hat nur eines, daher wurde es zurückgewiesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature %1 in %2 is larger than a signature can be (%3 bytes); the manifest was refused</source>
        <translation>die Signatur %1 in %2 ist größer, als eine Signatur sein kann (%3 Byte); das Manifest wurde zurückgewiesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has two .tbz members (%2); a manifest has one, so it was refused</source>
        <translation>%1 hat zwei .tbz-Elemente (%2); ein Manifest hat nur eines, daher wurde es zurückgewiesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+21"/>
        <source>SHA-256 failed for %1</source>
        <translation>SHA-256 für %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the manifest %1 has no .tbz member: %2.tbz, the signed archive of the build, is missing, so there is nothing to verify</source>
        <translation>das Manifest %1 hat kein .tbz-Element: %2.tbz, das signierte Archiv des Builds, fehlt, daher gibt es nichts zu verifizieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest %1 has no .sig member: %2.sig is missing, so the manifest is not signed</source>
        <translation>das Manifest %1 hat kein .sig-Element: %2.sig fehlt, daher ist das Manifest nicht signiert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 in %2 is a link to %3, not a file</source>
        <translation>%1 in %2 ist ein Link auf %3, keine Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no entry %2</source>
        <translation>%1 hat keinen Eintrag %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 in %2 is not valid JSON: %3 at byte %4</source>
        <translation>%1 in %2 ist kein gültiges JSON: %3 bei Byte %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in %2 is not a JSON object</source>
        <translation>%1 in %2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/manifest/ManifestExtract.cpp" line="+53"/>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: %2 is not a folder (it may be a link)</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Ordner (möglicherweise ein Link)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no folder to extract into was given</source>
        <translation>es wurde kein Zielordner zum Entpacken angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: the file does not exist or is not a file (%2)</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht oder ist keine Datei (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot extract into %1: it exists and is not a folder</source>
        <translation>in %1 kann nicht entpackt werden: Es existiert und ist kein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot extract into %1: the folder is not empty; choose an empty or new folder</source>
        <translation>in %1 kann nicht entpackt werden: Der Ordner ist nicht leer; wählen Sie einen leeren oder neuen Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1 to extract into</source>
        <translation>der Zielordner %1 zum Entpacken kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot extract into %1: the folder cannot be resolved</source>
        <translation>in %1 kann nicht entpackt werden: Der Ordner kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot extract into %1: %2</source>
        <translation>in %1 kann nicht entpackt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>extracting %1 into %2 stopped: %3 (entries written before it: %4)</source>
        <translation>das Entpacken von %1 nach %2 wurde abgebrochen: %3 (zuvor geschriebene Einträge: %4)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1; the partly written %2 was removed</source>
        <translation>%1; die teilweise geschriebene Datei %2 wurde entfernt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the hard link %1: its target %2 is not a file written from the archive</source>
        <translation>der Hardlink %1 kann nicht angelegt werden: Sein Ziel %2 ist keine aus dem Archiv geschriebene Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the hard link %1: %2</source>
        <translation>der Hardlink %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot create the link %1: %2</source>
        <translation>der Link %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ManifestCheck</name>
    <message>
        <location filename="../src/cli/ManifestCheck.cpp" line="+22"/>
        <source>%1: the signature over SHA-256 of %2.tbz (%3) is valid for the %4 key %5.</source>
        <translation>%1: Die Signatur über den SHA-256-Hash von %2.tbz (%3) ist für den Schlüssel %5 (%4) gültig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A copy with one more file in git/, made in memory, failed verification, as it must. The file on disk was not changed.</source>
        <translation>Eine im Speicher erstellte Kopie mit einer zusätzlichen Datei in git/ hat die Verifizierung wie erwartet nicht bestanden. Die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>ManifestCompare</name>
    <message>
        <location filename="../src/core/manifest/ManifestCompare.cpp" line="+307"/>
        <source>the comparison of %1 and %2 was cancelled</source>
        <translation>der Vergleich von %1 und %2 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot compare the manifests: %1</source>
        <translation>die Manifeste können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot compare the manifests: %1 could not be read: %2</source>
        <translation>die Manifeste können nicht verglichen werden: %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the file has %1 lines before and %2 after, more than the %3 lines a difference is shown for</source>
        <translation>die Datei hat vorher %1 und nachher %2 Zeilen, mehr als die %3 Zeilen, für die ein Unterschied angezeigt wird</translation>
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
    <name>ManifestLibrary</name>
    <message>
        <location filename="../src/core/manifest/ManifestLibrary.cpp" line="+29"/>
        <source>The manifest has no name.</source>
        <translation>Das Manifest hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; cannot be the name of a manifest file: it must be a plain file name, without &apos;/&apos;, &apos;\&apos; or a leading &apos;.&apos;</source>
        <translation>„%1“ kann nicht der Name einer Manifestdatei sein: Es muss ein einfacher Dateiname sein, ohne &apos;/&apos;, &apos;\&apos; oder führenden &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 exists already with other contents and is kept as it is: move or rename it, then try again.</source>
        <translation>%1 existiert bereits mit anderem Inhalt und bleibt unverändert: Verschieben Sie die Datei oder benennen Sie sie um, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+124"/>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>%1 is too large for a public key (%2 bytes).</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel (%2 Byte).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The manifest %1 is empty; nothing was stored.</source>
        <translation>Das Manifest %1 ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The public key of %1 is empty; nothing was stored.</source>
        <translation>Der öffentliche Schlüssel von %1 ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no manifest %1 in the library %2 to store a key for.</source>
        <translation>In der Bibliothek %2 gibt es kein Manifest %1, für das ein Schlüssel gespeichert werden könnte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a manifest: its name must end in &quot;.sig.tbz&quot; (manifest.&lt;build name&gt;.sig.tbz).</source>
        <translation>%1 ist kein Manifest: Sein Name muss auf „.sig.tbz“ enden (manifest.&lt;Build-Name&gt;.sig.tbz).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The library holds another manifest named %1 already; it is kept as it is and %2 was not imported.</source>
        <translation>Die Bibliothek enthält bereits ein anderes Manifest namens %1; es bleibt unverändert, und %2 wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ManifestStream</name>
    <message>
        <location filename="../src/core/manifest/ManifestStream.cpp" line="+56"/>
        <source>the inner archive %1 in %2</source>
        <translation>das innere Archiv %1 in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no manifest file was given</source>
        <translation>es wurde keine Manifestdatei angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read %1: the file does not exist (%2)</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a manifest file; choose the .sig.tbz file</source>
        <translation>%1 ist ein Ordner, keine Manifestdatei; wählen Sie die .sig.tbz-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty; it is not a manifest (download it again)</source>
        <translation>%1 ist leer; es ist kein Manifest (laden Sie es erneut herunter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+167"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>cannot read %1: it is not open</source>
        <translation>%1 kann nicht gelesen werden: Die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 holds no entries; it is not a manifest</source>
        <translation>%1 enthält keine Einträge; es ist kein Manifest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a tar archive but not bzip2-compressed; a manifest is a bzip2-compressed tar (.tbz)</source>
        <translation>%1 ist ein tar-Archiv, aber nicht mit bzip2 komprimiert; ein Manifest ist ein mit bzip2 komprimiertes tar (.tbz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has more than %2 entries, the limit for one archive; it was not read further</source>
        <translation>%1 hat mehr als %2 Einträge, die Grenze für ein Archiv; es wurde nicht weiter gelesen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 is corrupt: the data of %2 overlaps itself; download it again</source>
        <translation>%1 ist beschädigt: Die Daten von %2 überlappen sich selbst; laden Sie es erneut herunter</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 has no current member</source>
        <translation>%1 hat kein aktuelles Element</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a member with an unsafe path, %2 (%3); the manifest was refused</source>
        <translation>%1 hat ein Element mit unsicherem Pfad, %2 (%3); das Manifest wurde zurückgewiesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has an unexpected member %2; a manifest holds only &lt;name&gt;.tbz and &lt;name&gt;.sig, so it was refused</source>
        <translation>%1 hat ein unerwartetes Element %2; ein Manifest enthält nur &lt;name&gt;.tbz und &lt;name&gt;.sig, daher wurde es zurückgewiesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the member %1 of %2 is not a regular file; the manifest was refused</source>
        <translation>das Element %1 von %2 ist keine reguläre Datei; das Manifest wurde zurückgewiesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 unpacks to more than %2, the limit for one archive; it looks like a decompression bomb, so reading stopped</source>
        <translation>%1 wird auf mehr als %2 entpackt, die Grenze für ein Archiv; es sieht nach einer Dekomprimierungsbombe aus, daher wurde das Lesen abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 unpacks to more than %2 times its compressed size (%3 from %4; the limit is %2 times); it looks like a decompression bomb, so reading stopped</source>
        <translation>%1 wird auf mehr als das %2-Fache seiner komprimierten Größe entpackt (%3 aus %4; die Grenze ist das %2-Fache); es sieht nach einer Dekomprimierungsbombe aus, daher wurde das Lesen abgebrochen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>reading %1 was cancelled</source>
        <translation>das Lesen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is truncated or corrupt, or not a tar archive inside its bzip2 compression (%2); download it again</source>
        <translation>%1 ist abgeschnitten oder beschädigt, oder in der bzip2-Kompression steckt kein tar-Archiv (%2); laden Sie es erneut herunter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a bzip2-compressed tar archive (%2); check that this is the manifest file the server sent</source>
        <translation>%1 ist kein mit bzip2 komprimiertes tar-Archiv (%2); prüfen Sie, ob dies die Manifestdatei ist, die der Server gesendet hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is truncated or corrupt: %2; download it again</source>
        <translation>%1 ist abgeschnitten oder beschädigt: %2; laden Sie es erneut herunter</translation>
    </message>
</context>
<context>
    <name>ManifestVerifier</name>
    <message>
        <location filename="../src/core/manifest/ManifestVerifier.cpp" line="+52"/>
        <source>the public key is empty; give the server&apos;s public key in PEM form</source>
        <translation>der öffentliche Schlüssel ist leer; geben Sie den öffentlichen Schlüssel des Servers im PEM-Format an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the public key is not a PEM public key: it has no &quot;-----BEGIN PUBLIC KEY-----&quot; line</source>
        <translation>der öffentliche Schlüssel ist kein öffentlicher PEM-Schlüssel: Ihm fehlt die Zeile „-----BEGIN PUBLIC KEY-----“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the public key is a private key (%1); give the public key instead (openssl pkey -pubout makes it from the private key)</source>
        <translation>der öffentliche Schlüssel ist ein privater Schlüssel (%1); geben Sie stattdessen den öffentlichen Schlüssel an (openssl pkey -pubout erzeugt ihn aus dem privaten Schlüssel)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the public key is not a PEM public key: it is a PEM &quot;%1&quot;</source>
        <translation>der öffentliche Schlüssel ist kein öffentlicher PEM-Schlüssel: Es ist ein PEM-Block „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the public key is not a PEM public key: its &quot;%1&quot; block cannot be decoded (%2)</source>
        <translation>der öffentliche Schlüssel ist kein öffentlicher PEM-Schlüssel: Sein Block „%1“ kann nicht dekodiert werden (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public key is %1 %2 key; manifest signatures use RSA (PKCS#1 v1.5), so it cannot check them</source>
        <translation>der öffentliche Schlüssel ist ein Schlüssel vom Typ %1 %2; Manifest-Signaturen verwenden RSA (PKCS#1 v1.5), daher kann er sie nicht prüfen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not hex: it has %2 at position %3, where only the digits 0-9 and a-f belong</source>
        <translation>%1 ist nicht hexadezimal: Es enthält %2 an Position %3, wo nur die Ziffern 0-9 und a-f stehen dürfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is empty: there is no signature</source>
        <translation>%1 ist leer: Es gibt keine Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has an odd number of hex digits (%2), so it is cut short or damaged</source>
        <translation>%1 hat eine ungerade Anzahl von Hexadezimalziffern (%2), ist also gekürzt oder beschädigt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot start SHA-256</source>
        <translation>SHA-256 kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>cannot write the modified copy: %1</source>
        <translation>die veränderte Kopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>SHA-256 failed</source>
        <translation>SHA-256 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the public key cannot be encoded</source>
        <translation>der öffentliche Schlüssel kann nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RSA, %1 bits</source>
        <translation>RSA, %1 Bit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the signature</source>
        <translation>die Signatur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the digest is %1 bytes; SHA-256 makes %2</source>
        <translation>der Digest ist %1 Byte groß; SHA-256 erzeugt %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the signature is %1 bytes, but this %2-bit key makes %3-byte signatures: another key made it, or it is damaged</source>
        <translation>die Signatur ist %1 Byte groß, aber dieser %2-Bit-Schlüssel erzeugt %3-Byte-Signaturen: Ein anderer Schlüssel hat sie erzeugt, oder sie ist beschädigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot set up the signature check</source>
        <translation>die Signaturprüfung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature does not match: the archive was changed after it was signed, or another key signed it</source>
        <translation>die Signatur stimmt nicht überein: Das Archiv wurde nach dem Signieren verändert, oder ein anderer Schlüssel hat es signiert</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+30"/>
        <source>the signature %1.sig in %2</source>
        <translation>die Signatur %1.sig in %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 does not verify with the key %2 (%3): %4</source>
        <translation>%1 lässt sich mit dem Schlüssel %2 (%3) nicht verifizieren: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is verified: its signature over SHA-256 of %2.tbz is valid for the key %3 (%4)</source>
        <translation>%1 ist verifiziert: Die Signatur über den SHA-256-Hash von %2.tbz ist für den Schlüssel %3 (%4) gültig</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>the tamper test cannot run: %1</source>
        <translation>der Manipulationstest kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the tamper test cannot run: %1 does not verify unchanged: %2</source>
        <translation>der Manipulationstest kann nicht ausgeführt werden: %1 lässt sich schon unverändert nicht verifizieren: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tamper test failed: a modified copy still verified (%1 with %2 added)</source>
        <translation>der Manipulationstest ist fehlgeschlagen: Eine veränderte Kopie wurde trotzdem verifiziert (%1 mit hinzugefügtem %2)</translation>
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
    <name>NewFile</name>
    <message>
        <location filename="../src/core/util/NewFile.cpp" line="+39"/>
        <location line="+21"/>
        <source>%1 exists already and is kept as it is: move or rename it, then try again.</source>
        <translation>%1 existiert bereits und bleibt unverändert: Verschieben Sie die Datei oder benennen Sie sie um, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot set the permissions of %1.</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden.</translation>
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
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/OverviewPage.ui" line="+23"/>
        <source>Server Status</source>
        <translation>Server-Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Build name:</source>
        <translation>Build-Name:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Image tag:</source>
        <translation>Image-Tag:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manifest key:</source>
        <translation>Manifest-Schlüssel:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificates:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last poll:</source>
        <translation>Letzte Abfrage:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Init</source>
        <translation>&amp;Init</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the configuration to a new or cleaned server</source>
        <translation>Die Konfiguration an einen neuen oder bereinigten Server senden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the changed configuration to the server</source>
        <translation>Die geänderte Konfiguration an den Server senden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Update with New &amp;Secret</source>
        <translation>Update mit neuem &amp;SECRET</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the configuration with a newly generated SECRET and save it</source>
        <translation>Die Konfiguration mit einem neu erzeugten SECRET senden und speichern</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a build of the configured repository</source>
        <translation>Einen Build des konfigurierten Repositorys starten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Clean</source>
        <translation>&amp;Clean</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop a running build and reset the server&apos;s build status</source>
        <translation>Einen laufenden Build anhalten und den Build-Status des Servers zurücksetzen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the server for its status now</source>
        <translation>Den Server jetzt nach seinem Status fragen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop waiting for the server&apos;s answer</source>
        <translation>Nicht länger auf die Antwort des Servers warten</translation>
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
    <name>PostStateImageCommand</name>
    <message>
        <location filename="../src/cli/PostStateImageCommand.cpp" line="+20"/>
        <source>Import a state image into a freshly started server: --state-image FILE, or --name NAME --state-bucket-name BUCKET.</source>
        <translation>Ein Zustandsabbild in einen frisch gestarteten Server importieren: --state-image DATEI oder --name NAME --state-bucket-name BUCKET.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The state image file that get-state-image saved.</source>
        <translation>Die Zustandsabbild-Datei, die get-state-image gespeichert hat.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the state image in the bucket.</source>
        <translation>Der Name des Zustandsabbilds im Bucket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>post-state-image needs either --state-image FILE, or both --name NAME and --state-bucket-name BUCKET.</source>
        <translation>post-state-image benötigt entweder --state-image DATEI oder sowohl --name NAME als auch --state-bucket-name BUCKET.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no SECRET: a state image can only be imported with the SECRET it was made under.</source>
        <translation>%1 hat kein SECRET: Ein Zustandsabbild kann nur mit dem SECRET importiert werden, unter dem es erstellt wurde.</translation>
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
    <name>RemoteOptions</name>
    <message>
        <location filename="../src/cli/RemoteOptions.cpp" line="+8"/>
        <source>The build to ask for (default: the last successful one).</source>
        <translation>Der abzufragende Build (Standard: der letzte erfolgreiche).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The object-storage bucket of the state image.</source>
        <translation>Der Object-Storage-Bucket des Zustandsabbilds.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds between two status polls for --wait and --follow (default 5).</source>
        <translation>Sekunden zwischen zwei Statusabfragen für --wait und --follow (Standard: 5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <location filename="../src/cli/RemoteSession.cpp" line="+35"/>
        <source>the server&apos;s certificate is not checked (--noverify): anyone on the way could answer in its place.</source>
        <translation>das Zertifikat des Servers wird nicht geprüft (--noverify): Jeder auf dem Übertragungsweg könnte an seiner Stelle antworten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 did not succeed: the server answered &quot;%2&quot;.</source>
        <translation>%1 war nicht erfolgreich: Der Server antwortete „%2“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is already in %2, unchanged.</source>
        <translation>%1 liegt bereits unverändert in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 as %2.</source>
        <translation>Gespeichert als %2: %1.</translation>
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
    <name>ReviewBundle</name>
    <message>
        <location filename="../src/core/manifest/ReviewBundle.cpp" line="+59"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key unusable</source>
        <translation>Schlüssel unbrauchbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive malformed</source>
        <translation>Archiv fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verification report of %1</source>
        <translation>Prüfbericht zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at (UTC)</source>
        <translation>Geprüft am (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Schlüssels (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the key could not be read</source>
        <translation>keiner: Der Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of %1.tbz</source>
        <translation>SHA-256 von %1.tbz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%L2 bytes)</source>
        <translation>%1 (%L2 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SHA-256 digest of the inner archive %1.tbz was computed while it streamed out of %2, without writing it to disk. The signature in %1.sig, an RSA PKCS#1 v1.5 signature with SHA-256, was checked against that digest with the public key %3.</source>
        <translation>Der SHA-256-Hash des inneren Archivs %1.tbz wurde berechnet, während es aus %2 gelesen wurde, ohne es auf die Festplatte zu schreiben. Die Signatur in %1.sig, eine Signatur nach RSA PKCS#1 v1.5 mit SHA-256, wurde mit dem öffentlichen Schlüssel %3 gegen diesen Hash geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check it independently with openssl, in a folder holding %1 and %2:</source>
        <translation>Zur unabhängigen Prüfung mit openssl, in einem Ordner mit %1 und %2:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+24"/>
        <source>Cannot add %1 to the bundle (zip error %2).</source>
        <translation>%1 kann nicht zum Prüfpaket hinzugefügt werden (zip-Fehler %2).</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+36"/>
        <source>Cannot add %1 to the bundle: %2</source>
        <translation>%1 kann nicht zum Prüfpaket hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+18"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+303"/>
        <source>Writing the review bundle was cancelled; nothing was written.</source>
        <translation>Das Schreiben des Prüfpakets wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+10"/>
        <location line="+99"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+241"/>
        <source>%1 exists already and is kept as it is: choose another name for the review bundle.</source>
        <translation>%1 existiert bereits und bleibt unverändert: Wählen Sie einen anderen Namen für das Prüfpaket.</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>The bundle %1 has a member &quot;%2&quot; that points outside the folder it would be unpacked in (&quot;..&quot;); the bundle is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 hat ein Element „%2“, das aus dem Ordner herausführt, in den es entpackt würde („..“); das Prüfpaket wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle %1 has a member with an absolute path, &quot;%2&quot;; the bundle is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 hat ein Element mit absolutem Pfad, „%2“; das Prüfpaket wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle %1 has a member in a folder, &quot;%2&quot;; a review bundle holds files at its top level only, so it is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 hat ein Element in einem Ordner, „%2“; ein Prüfpaket enthält Dateien nur auf oberster Ebene, daher es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle %1 has a member whose name &quot;%2&quot; cannot be a file name; the bundle is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 hat ein Element, dessen Name „%2“ kein Dateiname sein kann; das Prüfpaket wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+23"/>
        <location line="+369"/>
        <source>The member %1 of the bundle %2 cannot be read (zip error %3).</source>
        <translation>Das Element %1 des Prüfpakets %2 kann nicht gelesen werden (zip-Fehler %3).</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+41"/>
        <source>The member %1 of the bundle %2 is not the size the bundle gives for it; the bundle is damaged.</source>
        <translation>Das Element %1 des Prüfpakets %2 hat nicht die Größe, die das Prüfpaket dafür angibt; das Prüfpaket ist beschädigt.</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+41"/>
        <source>The member %1 of the bundle %2 is damaged (zip error %3, e.g. a wrong checksum).</source>
        <translation>Das Element %1 des Prüfpakets %2 ist beschädigt (zip-Fehler %3, z. B. eine falsche Prüfsumme).</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+372"/>
        <source>Opening the review bundle was cancelled; nothing was kept.</source>
        <translation>Das Öffnen des Prüfpakets wurde abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The member bundle.json of the bundle %1 is not a JSON object (%2).</source>
        <translation>Das Element bundle.json des Prüfpakets %1 ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another value</source>
        <translation>ein anderer Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The member bundle.json of the bundle %1 does not give the format &quot;%2&quot;; it is not a review bundle.</source>
        <translation>Das Element bundle.json des Prüfpakets %1 gibt nicht das Format „%2“ an; es ist kein Prüfpaket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The member bundle.json of the bundle %1 gives a version this program does not know (%2); it opens version %3.</source>
        <translation>Das Element bundle.json des Prüfpakets %1 gibt eine Version an, die dieses Programm nicht kennt (%2); es öffnet Version %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member bundle.json of the bundle %1 names the manifest &quot;%2&quot;, but the bundle holds %3.</source>
        <translation>Das Element bundle.json des Prüfpakets %1 nennt das Manifest „%2“, das Prüfpaket enthält aber %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member bundle.json of the bundle %1 names the public key &quot;%2&quot;, but the bundle holds %3.</source>
        <translation>Das Element bundle.json des Prüfpakets %1 nennt den öffentlichen Schlüssel „%2“, das Prüfpaket enthält aber %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+68"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Cannot make a new folder for %1 in %2.</source>
        <translation>In %2 kann kein neuer Ordner für %1 angelegt werden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is not a manifest: its name must end in &quot;.sig.tbz&quot;.</source>
        <translation>%1 ist kein Manifest: Sein Name muss auf „.sig.tbz“ enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest %1 does not exist.</source>
        <translation>Das Manifest %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest %1 is larger than 4 GiB, the most a review bundle holds.</source>
        <translation>Das Manifest %1 ist größer als 4 GiB, das Maximum für ein Prüfpaket.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the public key %1: %2</source>
        <translation>Der öffentliche Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large for a public key.</source>
        <translation>%1 ist zu groß für einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No review bundle was written: the public key %1 cannot be used: %2</source>
        <translation>Es wurde kein Prüfpaket geschrieben: Der öffentliche Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review bundle was written: the manifest %1 cannot be read: %2</source>
        <translation>Es wurde kein Prüfpaket geschrieben: Das Manifest %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No review bundle was written: data/build.json of %1 cannot be read: %2</source>
        <translation>Es wurde kein Prüfpaket geschrieben: data/build.json von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>%1 kann nicht geschrieben werden (zip-Fehler %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The review bundle %1 does not exist.</source>
        <translation>Das Prüfpaket %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a review bundle: it is not a zip file, or it is damaged.</source>
        <translation>%1 ist kein Prüfpaket: Es ist keine zip-Datei oder ist beschädigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged: its list of members cannot be read.</source>
        <translation>%1 ist beschädigt: Die Liste der Elemente kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle %1 holds the member %2 twice; it is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 enthält das Element %2 zweimal; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle %1 has a member &quot;%2&quot; that a review bundle does not hold; it is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 hat ein Element „%2“, das in einem Prüfpaket nicht vorkommt; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle %1 holds two manifests, %2 and %3; a review bundle holds one, so it is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 enthält zwei Manifeste, %2 und %3; ein Prüfpaket enthält nur eines, daher es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle %1 holds two public keys, %2 and %3; a review bundle holds one, so it is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 enthält zwei öffentliche Schlüssel, %2 und %3; ein Prüfpaket enthält nur einen, daher es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The member %1 of the bundle %2 is encrypted; review bundles are not.</source>
        <translation>Das Element %1 des Prüfpakets %2 ist verschlüsselt; Prüfpakete sind es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The member %1 of the bundle %2 is not a plain file (a link or a folder); it is refused and nothing was written.</source>
        <translation>Das Element %1 des Prüfpakets %2 ist keine einfache Datei (ein Link oder ein Ordner); es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The member %1 of the bundle %2 is %L3 bytes, more than the %L4 bytes a review bundle holds there; it is refused and nothing was written.</source>
        <translation>Das Element %1 des Prüfpakets %2 ist %L3 Byte groß, mehr als die %L4 Byte, die ein Prüfpaket dort enthalten darf; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: its list of members cannot be read (zip error %2).</source>
        <translation>%1 ist beschädigt: Die Liste der Elemente kann nicht gelesen werden (zip-Fehler %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle %1 lacks the manifest, a member named &lt;manifest name&gt;.sig.tbz; it is refused and nothing was written.</source>
        <translation>Dem Prüfpaket %1 fehlt das Manifest, ein Element namens &lt;Manifest-Name&gt;.sig.tbz; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle %1 lacks the public key %2; it is refused and nothing was written.</source>
        <translation>Dem Prüfpaket %1 fehlt der öffentliche Schlüssel %2; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle %1 holds the public key %2, but its manifest %3 needs %4; it is refused and nothing was written.</source>
        <translation>Das Prüfpaket %1 enthält den öffentlichen Schlüssel %2, sein Manifest %3 benötigt aber %4; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle %1 lacks the member %2; it is refused and nothing was written.</source>
        <translation>Dem Prüfpaket %1 fehlt das Element %2; es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle %1 unpacks to %L2 bytes, more than the %L3 bytes free in %4.</source>
        <translation>Das Prüfpaket %1 belegt entpackt %L2 Byte, mehr als die %L3 Byte, die in %4 frei sind.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is damaged: its list of members changed while it was read.</source>
        <translation>%1 ist beschädigt: Die Liste der Elemente hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It is refused and nothing was written.</source>
        <translation>Es wird zurückgewiesen, und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The member build.json of the bundle %1 is not the data/build.json of its manifest %2: the bundle was changed after it was written. It is refused and nothing was kept.</source>
        <translation>Das Element build.json des Prüfpakets %1 ist nicht die data/build.json seines Manifests %2: Das Prüfpaket wurde nach dem Schreiben geändert. Es wird zurückgewiesen, und es wurde nichts behalten.</translation>
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
    <name>ServerStatus</name>
    <message>
        <location filename="../src/core/api/Answers.cpp" line="+160"/>
        <source>the server&apos;s answer to status has an entry of &quot;steps&quot; that is %1, not an object</source>
        <translation>die Antwort des Servers auf status hat in „steps“ einen Eintrag, der %1 ist, kein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s answer to status has an entry of &quot;steps&quot; without a &quot;status&quot; text</source>
        <translation>die Antwort des Servers auf status hat in „steps“ einen Eintrag ohne „status“-Text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server&apos;s answer to status has &quot;steps&quot; as %1, not as a list</source>
        <translation>die Antwort des Servers auf status enthält „steps“ als %1, nicht als Liste</translation>
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
    <name>StateImageFile</name>
    <message>
        <location filename="../src/core/state/StateImageFile.cpp" line="+18"/>
        <source>The state image file %1 does not exist.</source>
        <translation>Die Zustandsabbild-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file: give the state image file that get-state-image saved.</source>
        <translation>%1 ist keine Datei: Geben Sie die Zustandsabbild-Datei an, die get-state-image gespeichert hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 bytes, larger than any state image: is it the right file?</source>
        <translation>%1 ist %2 Byte groß, größer als jedes Zustandsabbild: Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a state image: it is not JSON (%2 at byte %3).</source>
        <translation>%1 ist kein Zustandsabbild: Es ist kein JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a state image: it holds no JSON object.</source>
        <translation>%1 ist kein Zustandsabbild: Es enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a state image: &quot;%2&quot; is not a string.</source>
        <translation>%1 ist kein Zustandsabbild: „%2“ ist keine Zeichenkette.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;state&quot;: it is not a state image, or only the metadata of one kept in object storage (then use --name and --state-bucket-name).</source>
        <translation>%1 hat kein „state“: Es ist kein Zustandsabbild oder nur die Metadaten eines im Object Storage abgelegten Zustandsabbilder (verwenden Sie dann --name und --state-bucket-name).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a state image: it has neither &quot;state&quot; nor &quot;name&quot;.</source>
        <translation>%1 ist kein Zustandsabbild: Es hat weder „state“ noch „name“.</translation>
    </message>
</context>
<context>
    <name>StateImageRecords</name>
    <message>
        <location filename="../src/core/state/StateImageRecords.cpp" line="+214"/>
        <source>Cannot read the state image records %1: %2. Check the file&apos;s permissions.</source>
        <translation>Die Liste der Zustandsabbilder %1 kann nicht gelesen werden: %2. Prüfen Sie die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The state image records %1 cannot be read and cannot be moved aside; move or remove the file, then open the profile again.</source>
        <translation>Die Liste der Zustandsabbilder %1 kann weder gelesen noch beiseitegelegt werden; verschieben oder entfernen Sie die Datei, und öffnen Sie dann das Profil erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state image records %1 could not be read, so they were moved to %2 and a new list was started. The state image files themselves are unchanged.</source>
        <translation>Die Liste der Zustandsabbilder %1 konnte nicht gelesen werden; sie wurde daher nach %2 verschoben und eine neue Liste begonnen. Die Zustandsabbild-Dateien selbst sind unverändert.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The state image records have no file to be saved to.</source>
        <translation>Für die Liste der Zustandsabbilder gibt es keine Datei, in die sie gespeichert werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1 for the state image records; check the permissions of %2.</source>
        <translation>Der Ordner %1 für die Liste der Zustandsabbilder kann nicht angelegt werden; prüfen Sie die Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot save the state image records %1: %2. Check that the folder is writable.</source>
        <translation>Die Liste der Zustandsabbilder %1 kann nicht gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the state image records %1: %2. The old list is unchanged; check the folder&apos;s permissions and free space.</source>
        <translation>Die Liste der Zustandsabbilder %1 kann nicht gespeichert werden: %2. Die alte Liste ist unverändert; prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners.</translation>
    </message>
</context>
<context>
    <name>StatePage</name>
    <message>
        <location filename="../ui/StatePage.ui" line="+42"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To a file in</source>
        <translation>In eine Datei in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the state image file goes to (for a bucket, its metadata file); it is made, readable only by you, when it does not exist</source>
        <translation>Der Ordner, in den die Zustandsabbild-Datei kommt (bei einem Bucket deren Metadatendatei); er wird, nur für Sie lesbar, angelegt, wenn er nicht existiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server puts the state image into object storage; this computer keeps its metadata file in the folder above</source>
        <translation>Der Server legt das Zustandsabbild in Object Storage ab; dieser Computer bewahrt dessen Metadatendatei im Ordner oben auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To the &amp;bucket</source>
        <translation>In den &amp;Bucket</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask the server for its encrypted state image (get-state-image) and save it without replacing any file</source>
        <translation>Den Server nach seinem verschlüsselten Zustandsabbild fragen (get-state-image) und es speichern, ohne eine Datei zu ersetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export State Image</source>
        <translation>Zustandsabbild &amp;exportieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stop; nothing half-written is left behind</source>
        <translation>Anhalten; es bleibt nichts halb Geschriebenes zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State Images</source>
        <translation>Zustandsabbilder</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>List a state image file (or the metadata file of one in a bucket) saved elsewhere; the file stays where it is</source>
        <translation>Eine anderswo gespeicherte Zustandsabbild-Datei (oder die Metadatendatei eines Abbilds in einem Bucket) in die Liste aufnehmen; die Datei bleibt, wo sie ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add File…</source>
        <translation>Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget the selected image; its file is not deleted</source>
        <translation>Das ausgewählte Abbild aus der Liste entfernen; seine Datei wird nicht gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove from &amp;List</source>
        <translation>Aus der &amp;Liste entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show the export folder in the file manager</source>
        <translation>Den Export-Ordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;pen Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Recovery on a New Server</source>
        <translation>Wiederherstellung auf einem neuen Server</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send a new SECRET to the server (update) and save it in the configuration; you are asked first</source>
        <translation>Ein neues SECRET an den Server senden (update) und in der Konfiguration speichern; Sie werden vorher gefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rotate Secret…</source>
        <translation>Geheimnis &amp;wechseln…</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../src/cli/StatusCommand.cpp" line="+18"/>
        <source>Show the server&apos;s build status; --wait polls until the build succeeded or failed.</source>
        <translation>Den Build-Status des Servers anzeigen; --wait fragt ihn ab, bis der Build erfolgreich war oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not check the server&apos;s certificate (only to diagnose a certificate problem).</source>
        <translation>Das Zertifikat des Servers nicht prüfen (nur zur Diagnose eines Zertifikatsproblems).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll until the build succeeded (exit status 0) or failed (exit status 1).</source>
        <translation>Abfragen, bis der Build erfolgreich war (Exit-Status 0) oder fehlgeschlagen ist (Exit-Status 1).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2 polls in a row failed; stopped waiting)</source>
        <translation>%1 (%2 Abfragen in Folge fehlgeschlagen; Warten beendet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty: not initialized)</source>
        <translation>(leer: nicht initialisiert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the build failed (exit code %1) at: %2; see log --log build.</source>
        <translation>der Build ist fehlgeschlagen (Exit-Code %1) bei: %2; siehe log --log build.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server is not initialized, so no build will come: run init, then build.</source>
        <translation>der Server ist nicht initialisiert, daher wird kein Build kommen: Führen Sie init und dann build aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the build service was restarted (clean), so no build is running: run build.</source>
        <translation>der Build-Dienst wurde neu gestartet (clean), daher läuft kein Build: Führen Sie build aus.</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <location filename="../src/cli/UpdateCommand.cpp" line="+21"/>
        <source>Send the changed build configuration to the server; --new-secret also replaces SECRET.</source>
        <translation>Die geänderte Build-Konfiguration an den Server senden; --new-secret ersetzt zusätzlich SECRET.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotate SECRET: the server takes a new one, and the configuration is rewritten with it only after the server answered OK. State images made before can no longer be imported.</source>
        <translation>SECRET rotieren: Der Server übernimmt ein neues, und die Konfiguration wird erst damit neu geschrieben, nachdem der Server mit OK geantwortet hat. Zuvor erstellte Zustandsabbilder können nicht mehr importiert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 cannot be rewritten here (check its permissions and its folder&apos;s): the new SECRET would be lost, so nothing was sent.</source>
        <translation>%1 kann hier nicht neu geschrieben werden (prüfen Sie die Berechtigungen der Datei und ihres Ordners): Das neue SECRET ginge verloren, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server answered &quot;%1&quot;, not &quot;OK&quot;: SECRET in %2 is left as it was.</source>
        <translation>der Server antwortete „%1“, nicht „OK“: SECRET in %2 bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server now uses a new SECRET, but %1 could not be rewritten: %2</source>
        <translation>der Server verwendet jetzt ein neues SECRET, aber %1 konnte nicht neu geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new SECRET is in %1 (readable only by you): put it into the configuration as SECRET, then delete that file.</source>
        <translation>Das neue SECRET steht in %1 (nur für Sie lesbar): Tragen Sie es als SECRET in die Konfiguration ein und löschen Sie dann diese Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SECRET in %1 replaced with the new one; the previous file is kept as %2. State images exported before this can no longer be imported: export a new one with get-state-image.</source>
        <translation>SECRET in %1 wurde durch das neue ersetzt; die vorherige Datei bleibt als %2 erhalten. Zuvor exportierte Zustandsabbilder können nicht mehr importiert werden: Exportieren Sie mit get-state-image ein neues.</translation>
    </message>
</context>
<context>
    <name>VerifyManifestCommand</name>
    <message>
        <location filename="../src/cli/VerifyManifestCommand.cpp" line="+20"/>
        <source>Verify a downloaded manifest with its public key, offline (no --env needed).</source>
        <translation>Ein heruntergeladenes Manifest offline mit seinem öffentlichen Schlüssel verifizieren (kein --env erforderlich).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manifest&apos;s public key (manifest.&lt;build_name&gt;-public.pem).</source>
        <translation>Der öffentliche Schlüssel des Manifests (manifest.&lt;build_name&gt;-public.pem).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also check that a modified copy of the manifest fails verification (in memory).</source>
        <translation>Zusätzlich prüfen, dass eine veränderte Kopie des Manifests die Verifizierung nicht besteht (im Speicher).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verify-manifest needs --public-key PEM, the key saved by get-publickey.</source>
        <translation>verify-manifest benötigt --public-key PEM, den von get-publickey gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifest public key</source>
        <translation>öffentlicher Schlüssel des Manifests</translation>
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
    <name>sbs::api::Answers</name>
    <message>
        <location filename="../src/core/api/Answers.cpp" line="-133"/>
        <source>the server&apos;s answer to %1 has no &quot;%2&quot;</source>
        <translation>die Antwort des Servers auf %1 enthält kein „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>the server&apos;s answer to %1 has &quot;%2&quot; as %3, not as a text</source>
        <translation>die Antwort des Servers auf %1 enthält „%2“ als %3, nicht als Text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s answer to %1 has a &quot;%2&quot; that cannot be a file name: &quot;%3&quot;</source>
        <translation>die Antwort des Servers auf %1 enthält ein „%2“, das kein Dateiname sein kann: „%3“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
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
        <source>a text</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>the server&apos;s answer to get-manifest has an &quot;encoded_manifest&quot; that is not valid base64</source>
        <translation>die Antwort des Servers auf get-manifest enthält ein „encoded_manifest“, das kein gültiges base64 ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s answer to get-manifest has an empty &quot;encoded_manifest&quot;</source>
        <translation>die Antwort des Servers auf get-manifest enthält ein leeres „encoded_manifest“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server&apos;s answer to get-publickey has an empty &quot;public_key_pem&quot;</source>
        <translation>die Antwort des Servers auf get-publickey enthält ein leeres „public_key_pem“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer to get-publickey has a &quot;build_name&quot; that cannot be part of a file name: &quot;%1&quot;</source>
        <translation>die Antwort des Servers auf get-publickey enthält einen „build_name“, der nicht Teil eines Dateinamens sein kann: „%1“</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the server&apos;s answer to get-signed-image-publickey has an empty &quot;public_key&quot;</source>
        <translation>die Antwort des Servers auf get-signed-image-publickey enthält einen leeren „public_key“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s answer to get-signed-image-publickey has a &quot;repository_name&quot; that cannot be part of a file name: &quot;%1&quot;</source>
        <translation>die Antwort des Servers auf get-signed-image-publickey enthält einen „repository_name“, der nicht Teil eines Dateinamens sein kann: „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the server&apos;s answer to get-state-image is not JSON: %1</source>
        <translation>die Antwort des Servers auf get-state-image ist kein JSON: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s answer to get-state-image is not a JSON object</source>
        <translation>die Antwort des Servers auf get-state-image ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server&apos;s answer to get-state-image has &quot;state&quot; as %1, not as a text</source>
        <translation>die Antwort des Servers auf get-state-image enthält „state“ als %1, nicht als Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the server&apos;s answer to get-digest is empty</source>
        <translation>die Antwort des Servers auf get-digest ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s answer to get-digest is not JSON: %1</source>
        <translation>die Antwort des Servers auf get-digest ist kein JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer to get-digest is not one JSON value</source>
        <translation>die Antwort des Servers auf get-digest ist nicht genau ein JSON-Wert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s answer to get-digest holds more than one image reference with a digest</source>
        <translation>die Antwort des Servers auf get-digest enthält mehr als eine Image-Referenz mit Digest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s answer to get-digest holds no image reference with a digest (registry/namespace/repository@sha256:&lt;64 hex digits&gt;): %1</source>
        <translation>die Antwort des Servers auf get-digest enthält keine Image-Referenz mit Digest (registry/namespace/repository@sha256:&lt;64 Hexadezimalziffern&gt;): %1</translation>
    </message>
</context>
<context>
    <name>sbs::api::CallOutcome</name>
    <message>
        <location filename="../src/core/api/CallOutcome.cpp" line="+69"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s answer to %1 is larger than %2, the limit for this call: check that HOSTNAME and CICD_PORT name the build server</source>
        <translation>die Antwort des Servers auf %1 ist größer als %2, die Grenze für diesen Aufruf: Prüfen Sie, ob HOSTNAME und CICD_PORT den Build-Server bezeichnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server did not answer within %1 s (%2): check that it is running and reachable at %3:%4</source>
        <translation>der Server hat nicht innerhalb von %1 s geantwortet (%2): Prüfen Sie, ob er läuft und unter %3:%4 erreichbar ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server closed the connection before the answer was complete (%1 of %2 of the answer to %3): try again</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war (%1 von %2 der Antwort auf %3): Versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing answers at %1: is the server running, and is CICD_PORT right?</source>
        <translation>unter %1 antwortet nichts: Läuft der Server, und ist CICD_PORT richtig?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name %1 cannot be found: check HOSTNAME (or map the name in /etc/hosts)</source>
        <translation>der Hostname %1 kann nicht gefunden werden: Prüfen Sie HOSTNAME (oder ordnen Sie den Namen in /etc/hosts zu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server did not answer within %1 s (%2): check that it is running and reachable at %3</source>
        <translation>der Server hat nicht innerhalb von %1 s geantwortet (%2): Prüfen Sie, ob er läuft und unter %3 erreichbar ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server closed the connection before the answer was complete (%1 of the answer to %2 arrived): try again</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war (%1 der Antwort auf %2 angekommen): Versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the TLS handshake with %1 failed: %2: is CICD_PORT the port of the build server?</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2: Ist CICD_PORT der Port des Build-Servers?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to %1 failed: %2</source>
        <translation>die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the server refused our client certificate (%1)</source>
        <translation>der Server hat unser Client-Zertifikat abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server at %1:%2 closed the connection during the TLS handshake: it most likely refused our client certificate (%3)</source>
        <translation>der Server unter %1:%2 hat die Verbindung während des TLS-Handshakes geschlossen: Höchstwahrscheinlich hat er unser Client-Zertifikat abgelehnt (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: it expired on %2: create the client certificate again (create-client-cert)</source>
        <translation>%1: Es ist am %2 abgelaufen: Erstellen Sie das Client-Zertifikat neu (create-client-cert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: it is valid only from %2: check the clock of this computer</source>
        <translation>%1: Es ist erst ab %2 gültig: Prüfen Sie die Uhr dieses Computers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: make sure the server trusts the CA that issued it (the server&apos;s client CA), or create the client certificate again</source>
        <translation>%1: Stellen Sie sicher, dass der Server der CA vertraut, die es ausgestellt hat (der Client-CA des Servers), oder erstellen Sie das Client-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (it was issued by &quot;%1&quot;)</source>
        <translation> (ausgestellt von „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s certificate is not signed by the CA in %1%2: make sure CAPATH is the CA that signed the server certificate, or create the server certificate again</source>
        <translation>das Zertifikat des Servers ist nicht von der CA in %1%2 signiert: Stellen Sie sicher, dass CAPATH die CA ist, die das Server-Zertifikat signiert hat, oder erstellen Sie das Server-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server&apos;s certificate expired on %1: create the server certificate again and restart the server with it</source>
        <translation>das Zertifikat des Servers ist am %1 abgelaufen: Erstellen Sie das Server-Zertifikat neu und starten Sie den Server damit neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server&apos;s certificate is valid only from %1: check the clocks of this computer and of the server</source>
        <translation>das Zertifikat des Servers ist erst ab %1 gültig: Prüfen Sie die Uhren dieses Computers und des Servers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s certificate is for %1, not %2: set HOSTNAME to one of its names (map it in /etc/hosts) or create the server certificate for this name</source>
        <translation>das Zertifikat des Servers gilt für %1, nicht für %2: Setzen Sie HOSTNAME auf einen seiner Namen (ordnen Sie ihn in /etc/hosts zu) oder erstellen Sie das Server-Zertifikat für diesen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s certificate is not acceptable: %1: create the server certificate again</source>
        <translation>das Zertifikat des Servers ist nicht annehmbar: %1: Erstellen Sie das Server-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server answered HTTP %1 to %2 with a redirect to %3, which the protocol does not use: check HOSTNAME and CICD_PORT</source>
        <translation>der Server hat auf %2 mit HTTP %1 und einer Weiterleitung auf %3 geantwortet, die das Protokoll nicht vorsieht: Prüfen Sie HOSTNAME und CICD_PORT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server refused our client certificate (%1): make sure the server trusts the CA that issued it (the server&apos;s client CA), or create the client certificate again</source>
        <translation>der Server hat unser Client-Zertifikat abgelehnt (%1): Stellen Sie sicher, dass der Server der CA vertraut, die es ausgestellt hat (der Client-CA des Servers), oder erstellen Sie das Client-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the server answered HTTP %1 to %2 without saying why</source>
        <translation>der Server hat auf %2 mit HTTP %1 geantwortet, ohne einen Grund zu nennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered HTTP %1 to %2: %3</source>
        <translation>der Server hat auf %2 mit HTTP %1 geantwortet: %3</translation>
    </message>
</context>
<context>
    <name>sbs::api::ClientTlsFiles</name>
    <message>
        <location filename="../src/core/api/ClientTlsFiles.cpp" line="+27"/>
        <source>no %1 is set (%2): %3</source>
        <translation>%1 ist nicht festgelegt (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3) does not exist: %4</source>
        <translation>%1 %2 (%3) existiert nicht: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) is a folder, not %3: give the path of the file</source>
        <translation>%1 (%2) ist ein Ordner, nicht %3: Geben Sie den Pfad der Datei an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is larger than 1 MiB and cannot be %3: check %2</source>
        <translation>%1 (%2) ist größer als 1 MiB und kann nicht %3 sein: Prüfen Sie %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1 (%2): %3: check its permissions</source>
        <translation>%1 (%2) kann nicht gelesen werden: %3: Prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is empty: it should hold %3</source>
        <translation>%1 (%2) ist leer: Die Datei sollte %3 enthalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the client certificate and key file</source>
        <translation>die Datei mit Client-Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run create-client-cert first</source>
        <translation>führen Sie zuerst create-client-cert aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (CLIENT_CRT_KEY)</source>
        <translation>%1 (CLIENT_CRT_KEY)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no certificate: it should hold the client certificate followed by its private key</source>
        <translation>%1 enthält kein Zertifikat: Die Datei sollte das Client-Zertifikat, gefolgt von seinem privaten Schlüssel, enthalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no private key after the certificate: the file should hold the client certificate followed by its private key</source>
        <translation>%1: kein privater Schlüssel nach dem Zertifikat: Die Datei sollte das Client-Zertifikat, gefolgt von seinem privaten Schlüssel, enthalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the private key in %1 does not belong to the certificate before it: create the client certificate again</source>
        <translation>der private Schlüssel in %1 gehört nicht zum Zertifikat davor: Erstellen Sie das Client-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds a %2 key, but TLS here needs an RSA or EC key: create the client certificate again</source>
        <translation>%1 enthält einen %2-Schlüssel, aber TLS benötigt hier einen RSA- oder EC-Schlüssel: Erstellen Sie das Client-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used for TLS: create the client certificate again</source>
        <translation>%1 kann nicht für TLS verwendet werden: Erstellen Sie das Client-Zertifikat neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA certificate</source>
        <translation>das CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run create-client-cert first, or set CAPATH to the CA that signed the server certificate</source>
        <translation>führen Sie zuerst create-client-cert aus oder setzen Sie CAPATH auf die CA, die das Server-Zertifikat signiert hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (CAPATH) holds no readable certificate: give the PEM file of the CA that signed the server certificate</source>
        <translation>%1 (CAPATH) enthält kein lesbares Zertifikat: Geben Sie die PEM-Datei der CA an, die das Server-Zertifikat signiert hat</translation>
    </message>
</context>
<context>
    <name>sbs::api::SbsClient</name>
    <message>
        <location filename="../src/core/api/SbsClient.cpp" line="+46"/>
        <source>the server&apos;s answer to %1 has no &quot;%2&quot;</source>
        <translation>die Antwort des Servers auf %1 enthält kein „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s answer to %1 has &quot;%2&quot;, but not as a text</source>
        <translation>die Antwort des Servers auf %1 enthält „%2“, aber nicht als Text</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no build server is set up: give HOSTNAME and the certificate files first</source>
        <translation>kein Build-Server eingerichtet: Geben Sie zuerst HOSTNAME und die Zertifikatsdateien an</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no HOSTNAME is set: add the host name of the build server to the configuration</source>
        <translation>kein HOSTNAME festgelegt: Ergänzen Sie den Hostnamen des Build-Servers in der Konfiguration</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>the server&apos;s answer to %1 is not JSON: the answer is empty</source>
        <translation>die Antwort des Servers auf %1 ist kein JSON: Die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server&apos;s answer to %1 is not a JSON object</source>
        <translation>die Antwort des Servers auf %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server&apos;s answer to %1 is not JSON: %2</source>
        <translation>die Antwort des Servers auf %1 ist kein JSON: %2</translation>
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
    <name>sbs::gui::BuildNotifier</name>
    <message>
        <location filename="../src/app/BuildNotifier.cpp" line="+33"/>
        <source>Build of %1 succeeded</source>
        <translation>Build von %1 erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build of %1 ended without success</source>
        <translation>Build von %1 ohne Erfolg beendet</translation>
    </message>
</context>
<context>
    <name>sbs::gui::BuildPage</name>
    <message>
        <location filename="../src/app/BuildPage.cpp" line="+62"/>
        <source>&amp;Build</source>
        <translation>&amp;Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Log</source>
        <translation>&amp;Log aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Start a build of this profile&apos;s configuration on the server</source>
        <translation>Einen Build der Konfiguration dieses Profils auf dem Server starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the server&apos;s build log now</source>
        <translation>Das Build-Log des Servers jetzt abrufen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double-click a build to open it</source>
        <translation>Doppelklicken Sie auf einen Build, um ihn zu öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage Durations</source>
        <translation>Phasendauern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s build log, as it is written</source>
        <translation>Das Build-Log des Servers, während es geschrieben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long each stage took, against the usual</source>
        <translation>Wie lange jede Phase gedauert hat, verglichen mit dem Üblichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every build of this profile seen here</source>
        <translation>Alle hier erfassten Builds dieses Profils</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show the Current Build</source>
        <translation>Aktuellen Build anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The build log could not be fetched: %1</source>
        <translation>Das Build-Log konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>No build yet</source>
        <translation>Noch kein Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a build here or on the Overview; its stages, log and times appear here.</source>
        <translation>Starten Sie einen Build hier oder in der Übersicht; seine Phasen, sein Log und seine Zeiten erscheinen hier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build running</source>
        <translation>Build läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server status not known to this app</source>
        <translation>Server-Status ist dieser App unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build succeeded</source>
        <translation>Build erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build failed</source>
        <translation>Build fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build stopped by Clean</source>
        <translation>Build durch Clean abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No build running</source>
        <translation>Kein laufender Build</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build name: %1</source>
        <translation>Build-Name: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The build history is not available.</source>
        <translation>Der Build-Verlauf ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n build(s) in %1</source>
        <translation>
            <numerusform>%n Build in %1</numerusform>
            <numerusform>%n Builds in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That build is no longer in the history.</source>
        <translation>Dieser Build ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the build %1 of %2. The log is always the server&apos;s latest.</source>
        <translation>Angezeigt wird der Build %1 vom %2. Das Log ist immer das neueste des Servers.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Build History</source>
        <translation>Build-Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build history exported to %1.</source>
        <translation>Build-Verlauf nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::BuildTimelineView</name>
    <message>
        <location filename="../src/app/BuildTimelineView.cpp" line="+151"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+248"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+249"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed after %1</source>
        <translation>fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usual %1</source>
        <translation>üblich %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Server status: none reported</source>
        <translation>Server-Status: keiner gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server status: %1
This app does not know this status; the stages show what was known before it.</source>
        <translation>Server-Status: %1
Diese App kennt diesen Status nicht; die Phasen zeigen den zuvor bekannten Stand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server status: %1</source>
        <translation>Server-Status: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed in the stage: %1</source>
        <translation>Fehlgeschlagen in der Phase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the server named no command)</source>
        <translation>(der Server hat keinen Befehl genannt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit code: %1</source>
        <translation>Exit-Code: %1</translation>
    </message>
</context>
<context>
    <name>sbs::gui::CertificateDetailsView</name>
    <message>
        <location filename="../src/app/CertificateDetailsView.cpp" line="+63"/>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes (CA:TRUE)</source>
        <translation>ja (CA:TRUE)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>sbs::gui::CertificatesPage</name>
    <message>
        <location filename="../src/app/CertificatesPage.cpp" line="+90"/>
        <source>RSA 2048 (default)</source>
        <translation>RSA 2048 (Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 4096 (slow to generate)</source>
        <translation>RSA 4096 (Erzeugung dauert länger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;not shown: the unencrypted server key&gt;</source>
        <translation>&lt;nicht angezeigt: der unverschlüsselte Server-Schlüssel&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OpenPGP public key (HPVS_PUBLIC_KEY_FILE)</source>
        <translation>öffentlicher OpenPGP-Schlüssel, HPVS_PUBLIC_KEY_FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an OpenPGP secret key export; choose the platform&apos;s public key instead (never hand out a secret key).</source>
        <translation>%1 ist der Export eines geheimen OpenPGP-Schlüssels; wählen Sie stattdessen den öffentlichen Schlüssel der Plattform (geben Sie niemals einen geheimen Schlüssel weiter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an OpenPGP public key; choose the platform&apos;s public key file (armoured or binary).</source>
        <translation>%1 ist kein öffentlicher OpenPGP-Schlüssel; wählen Sie die Datei mit dem öffentlichen Schlüssel der Plattform (ASCII-Armor oder binär).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Show values, Copy and Save read the certificate files and build the values.</source>
        <translation>„Werte anzeigen“, „Kopieren“ und „Speichern“ lesen die Zertifikatsdateien und erzeugen die Werte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the platform&apos;s OpenPGP public key</source>
        <translation>Öffentlichen OpenPGP-Schlüssel der Plattform auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.pub);;All files (*)</source>
        <translation>OpenPGP-Schlüssel (*.asc *.gpg *.pgp *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 has no UUID yet, so its certificate files have no names; Generate adds UUID and SECRET to it and creates them.</source>
        <translation>%1 hat noch keine UUID, daher haben die Zertifikatsdateien keine Namen; „Erzeugen“ ergänzt darin UUID und SECRET und erstellt die Dateien.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>HPVS_PUBLIC_KEY_FILE is not set: choose the platform&apos;s key file</source>
        <translation>HPVS_PUBLIC_KEY_FILE ist nicht gesetzt: Wählen Sie die Schlüsseldatei der Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (HPVS_PUBLIC_KEY_FILE)</source>
        <translation>%1 (HPVS_PUBLIC_KEY_FILE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New server certificate</source>
        <translation>Neues Server-Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over…</source>
        <translation>Neu beginnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose CA files…</source>
        <translation>CA-Dateien auswählen…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No certificates yet: Generate creates the client CA, the client certificate and the server certificate for HOSTNAME (set it in the configuration first).</source>
        <translation>Noch keine Zertifikate: „Erzeugen“ erstellt die Client-CA, das Client-Zertifikat und das Server-Zertifikat für HOSTNAME (legen Sie HOSTNAME zuerst in der Konfiguration fest).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No certificates yet: Generate creates the client CA, the client certificate and the server certificate for HOSTNAME %1.</source>
        <translation>Noch keine Zertifikate: „Erzeugen“ erstellt die Client-CA, das Client-Zertifikat und das Server-Zertifikat für HOSTNAME %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The table shows %n more problem(s).</source>
        <translation>
            <numerusform>Die Tabelle zeigt %n weiteres Problem.</numerusform>
            <numerusform>Die Tabelle zeigt %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete %1 and the folder %2, to start over</source>
        <translation>%1 und den Ordner %2 löschen, um neu zu beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CLIENT_CRT_KEY names your own file: Delete removes only the default .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt; files</source>
        <translation>CLIENT_CRT_KEY nennt Ihre eigene Datei: „Löschen“ entfernt nur die Standarddateien .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The previous files are kept as %1.</source>
        <translation>Die vorherigen Dateien bleiben als %1 erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The configuration has no file yet; save it first, its folder holds the certificate files.</source>
        <translation>Die Konfiguration hat noch keine Datei; speichern Sie sie zuerst, denn in ihrem Ordner liegen die Zertifikatsdateien.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Generating the server key and certificate…</source>
        <translation>Server-Schlüssel und -Zertifikat werden erzeugt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating keys and certificates…</source>
        <translation>Schlüssel und Zertifikate werden erzeugt…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Generating a new server key and certificate…</source>
        <translation>Neuer Server-Schlüssel und neues Server-Zertifikat werden erzeugt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renewing certificates…</source>
        <translation>Zertifikate werden erneuert…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server needs the new values: take them from the Instance env tab into a new contract.</source>
        <translation>Der Server benötigt die neuen Werte: Übernehmen Sie sie aus dem Tab „Instance env“ in einen neuen Vertrag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CLIENT_CRT_KEY names your own file %1, and Delete removes only the default .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt; files; replace or remove your files yourself.</source>
        <translation>CLIENT_CRT_KEY nennt Ihre eigene Datei %1, und „Löschen“ entfernt nur die Standarddateien .&lt;CONTAINER_NAME&gt;-&lt;UUID&gt;; ersetzen oder entfernen Sie Ihre Dateien selbst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>• the empty folder %1</source>
        <translation>• der leere Ordner %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• the folder %1 with %2</source>
        <translation>• der Ordner %1 mit %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to delete: neither %1 nor %2 exists.</source>
        <translation>Nichts zu löschen: Weder %1 noch %2 existiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete these files? This cannot be undone.</source>
        <translation>Diese Dateien löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own CA files (CAPATH, CAKEYPATH) are in that folder and are deleted with it.</source>
        <translation>Ihre eigenen CA-Dateien (CAPATH, CAKEYPATH) liegen in diesem Ordner und werden mit ihm gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then Generate makes new certificates; a server that knows the old CA needs a new contract with the new values.</source>
        <translation>Danach erstellt „Erzeugen“ neue Zertifikate; ein Server, der die alte CA kennt, benötigt einen neuen Vertrag mit den neuen Werten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server that knows this CA needs a new contract once new certificates are generated.</source>
        <translation>Ein Server, der diese CA kennt, benötigt einen neuen Vertrag, sobald neue Zertifikate erzeugt wurden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete certificates</source>
        <translation>Zertifikate löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting certificate files…</source>
        <translation>Zertifikatsdateien werden gelöscht…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose your CA certificate</source>
        <translation>Ihr CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the private key of your CA</source>
        <translation>Privaten Schlüssel Ihrer CA auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in the certificate folder %2, which Delete removes; copy your CA files to another folder first.</source>
        <translation>%1 liegt im Zertifikatsordner %2, den „Löschen“ entfernt; kopieren Sie Ihre CA-Dateien zuerst in einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking your CA…</source>
        <translation>Ihre CA wird geprüft…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CAPATH and CAKEYPATH are set, but the configuration could not be saved: %1</source>
        <translation>CAPATH und CAKEYPATH sind gesetzt, aber die Konfiguration konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CAPATH and CAKEYPATH now name your CA %1 and its key %2, and %3 is saved.</source>
        <translation>CAPATH und CAKEYPATH nennen jetzt Ihre CA %1 und ihren Schlüssel %2, und %3 wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous configuration is kept as %1.</source>
        <translation>Die vorherige Konfiguration bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates that another CA issued have to be made again from yours: the table says which.</source>
        <translation>Zertifikate, die eine andere CA ausgestellt hat, müssen mit Ihrer CA neu erstellt werden: Die Tabelle zeigt, welche.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the public CA certificate</source>
        <translation>Öffentliches CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the CA certificate…</source>
        <translation>CA-Zertifikat wird exportiert…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved the public CA certificate to %1; it holds no key.</source>
        <translation>Das öffentliche CA-Zertifikat wurde in %1 gespeichert; es enthält keinen Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds this CA certificate; it was left as it was.</source>
        <translation>%1 enthält dieses CA-Zertifikat bereits; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SERVER_KEY must be encrypted to the platform&apos;s OpenPGP public key, and none is named; choose its file as the platform key, or set HPVS_PUBLIC_KEY_FILE in the configuration.</source>
        <translation>SERVER_KEY muss für den öffentlichen OpenPGP-Schlüssel der Plattform verschlüsselt werden, aber es ist keiner angegeben; wählen Sie dessen Datei als Plattformschlüssel aus oder setzen Sie HPVS_PUBLIC_KEY_FILE in der Konfiguration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the certificates…</source>
        <translation>Zertifikate werden gelesen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypting the server key…</source>
        <translation>Server-Schlüssel wird verschlüsselt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SERVER_KEY is not encrypted: use these values only for a local sbs-server, never in a contract or anywhere they could be read.</source>
        <translation>SERVER_KEY ist nicht verschlüsselt: Verwenden Sie diese Werte nur für einen lokalen sbs-server, niemals in einem Vertrag oder an einer Stelle, an der sie gelesen werden könnten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These are the values for a local sbs-server.</source>
        <translation>Dies sind die Werte für einen lokalen sbs-server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are the values for the env section of the contract; SERVER_KEY is encrypted.</source>
        <translation>Dies sind die Werte für den Abschnitt env des Vertrags; SERVER_KEY ist verschlüsselt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Copied the values to the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Die Werte wurden in die Zwischenablage kopiert; sie wird in %n Sekunde geleert.</numerusform>
            <numerusform>Die Werte wurden in die Zwischenablage kopiert; sie wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the instance env values</source>
        <translation>Instance-env-Werte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML files (*.yaml *.yml);;Text files (*.txt);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved the values to %1 (readable by you only).</source>
        <translation>Die Werte wurden in %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds these values; it was left as it was.</source>
        <translation>%1 enthält diese Werte bereits; die Datei wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::CompareView</name>
    <message>
        <location filename="../src/app/CompareView.cpp" line="+73"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds %2, too much to compare here.</source>
        <translation>%1 enthält %2, zu viel, um es hier zu vergleichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Binary files differ.</source>
        <translation>Binärdateien unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose two manifests to compare.</source>
        <translation>Wählen Sie zwei Manifeste zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show changes inside .git</source>
        <translation>Änderungen in .git anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The git/ folder of a manifest holds the clone, with its .git folder; its files change with every commit.</source>
        <translation>Der Ordner git/ eines Manifests enthält den Klon mit seinem .git-Ordner; dessen Dateien ändern sich mit jedem Commit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manifests could not be compared.</source>
        <translation>Die Manifeste konnten nicht verglichen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files of both manifests are the same.</source>
        <translation>Die Dateien beider Manifeste sind gleich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a file to see what changed in it.</source>
        <translation>Wählen Sie eine Datei aus, um zu sehen, was sich darin geändert hat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n difference(s) inside .git not listed)</source>
        <translation>
            <numerusform>(%n Unterschied in .git nicht aufgeführt)</numerusform>
            <numerusform>(%n Unterschiede in .git nicht aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
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
        <location filename="../src/app/ConfigGroupPage.cpp" line="+24"/>
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
    <name>sbs::gui::ContractBuilder</name>
    <message>
        <location filename="../src/app/ContractBuilder.cpp" line="+56"/>
        <source>%1 cannot be read: %2. Choose the encrypted workload section file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie die Datei mit dem verschlüsselten Abschnitt workload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MiB, far larger than an encrypted workload section; choose the workload file from IBM.</source>
        <translation>%1 ist %2 MiB groß, weit größer als ein verschlüsselter Abschnitt workload; wählen Sie die Workload-Datei von IBM.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>contract signing key</source>
        <translation>Signaturschlüssel des Vertrags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds an %2 key; envWorkloadSignature needs an RSA key. Make one with: openssl genrsa -out signing-key.pem 4096</source>
        <translation>%1 enthält einen %2-Schlüssel; envWorkloadSignature benötigt einen RSA-Schlüssel. Erzeugen Sie einen mit: openssl genrsa -out signing-key.pem 4096</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 private key; its public half goes into the env section as signingKey.</source>
        <translation>Privater %1-Schlüssel; seine öffentliche Hälfte kommt als signingKey in den Abschnitt env.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the platform&apos;s encryption certificate</source>
        <translation>Das Verschlüsselungszertifikat der Plattform auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the encrypted workload section</source>
        <translation>Den verschlüsselten Abschnitt workload auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload files (*.yaml *.yml *.txt);;All files (*)</source>
        <translation>Workload-Dateien (*.yaml *.yml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the contract (envWorkloadSignature)</source>
        <translation>Vertrag signieren (envWorkloadSignature)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the RSA private key that signs the contract</source>
        <translation>Den privaten RSA-Schlüssel auswählen, der den Vertrag signiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save user-data.yaml…</source>
        <translation>user-data.yaml speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds envWorkloadSignature, and the key&apos;s public half as signingKey, so the platform refuses a contract whose sections were swapped</source>
        <translation>Fügt envWorkloadSignature und die öffentliche Hälfte des Schlüssels als signingKey hinzu, sodass die Plattform einen Vertrag mit vertauschten Abschnitten ablehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt the env section to the platform&apos;s certificate and save it with the workload section as user-data.yaml</source>
        <translation>Den Abschnitt env für das Zertifikat der Plattform verschlüsseln und mit dem Abschnitt workload als user-data.yaml speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The platform&apos;s encryption certificate (RSA, PEM)</source>
        <translation>Das Verschlüsselungszertifikat der Plattform (RSA, PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encrypted workload section from IBM (hyper-protect-basic.…)</source>
        <translation>Der verschlüsselte Abschnitt workload von IBM (hyper-protect-basic.…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An RSA private key (PEM, not encrypted)</source>
        <translation>Ein privater RSA-Schlüssel (PEM, nicht verschlüsselt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;ncryption certificate:</source>
        <translation>&amp;Verschlüsselungszertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workload section:</source>
        <translation>Abschnitt &amp;workload:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing &amp;key:</source>
        <translation>&amp;Signaturschlüssel:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption and Workload</source>
        <translation>Verschlüsselung und Workload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Env Section Preview (before encryption)</source>
        <translation>Vorschau des Abschnitts env (vor der Verschlüsselung)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Wait until the instance env values are filled in.</source>
        <translation>Warten Sie, bis die env-Werte der Instanz ausgefüllt sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the env section first: the preview above says what is missing.</source>
        <translation>Vervollständigen Sie zuerst den Abschnitt env: Die Vorschau oben sagt, was fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the encryption certificate…</source>
        <translation>Verschlüsselungszertifikat wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption certificate was refused (see above); choose the platform&apos;s certificate.</source>
        <translation>Das Verschlüsselungszertifikat wurde abgelehnt (siehe oben); wählen Sie das Zertifikat der Plattform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the platform&apos;s encryption certificate.</source>
        <translation>Wählen Sie das Verschlüsselungszertifikat der Plattform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Reading the workload section…</source>
        <translation>Abschnitt workload wird gelesen…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The workload section was refused (see above); choose the encrypted workload file.</source>
        <translation>Der Abschnitt workload wurde abgelehnt (siehe oben); wählen Sie die verschlüsselte Workload-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the encrypted workload section.</source>
        <translation>Wählen Sie den verschlüsselten Abschnitt workload.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the signing key…</source>
        <translation>Signaturschlüssel wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key was refused (see above); choose an RSA private key or turn signing off.</source>
        <translation>Der Signaturschlüssel wurde abgelehnt (siehe oben); wählen Sie einen privaten RSA-Schlüssel, oder schalten Sie das Signieren aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the signing key, or turn signing off.</source>
        <translation>Wählen Sie den Signaturschlüssel, oder schalten Sie das Signieren aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: the env section is encrypted to %1 and the contract is signed when you save.</source>
        <translation>Bereit: Beim Speichern wird der Abschnitt env für %1 verschlüsselt und der Vertrag signiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: the env section is encrypted to %1 when you save.</source>
        <translation>Bereit: Beim Speichern wird der Abschnitt env für %1 verschlüsselt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the certificate…</source>
        <translation>Zertifikat wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>An encrypted workload section (hyper-protect-basic, %n characters).</source>
        <translation>
            <numerusform>Ein verschlüsselter Abschnitt workload (hyper-protect-basic, %n Zeichen).</numerusform>
            <numerusform>Ein verschlüsselter Abschnitt workload (hyper-protect-basic, %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypting and signing the contract…</source>
        <translation>Vertrag wird verschlüsselt und signiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encrypting the env section…</source>
        <translation>Abschnitt env wird verschlüsselt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save user-data.yaml</source>
        <translation>user-data.yaml speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was saved: %1 cannot be written (%2); choose another folder.</source>
        <translation>Es wurde nichts gespeichert: %1 kann nicht geschrieben werden (%2); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the signed contract to %1: the workload section and the env section encrypted to the platform&apos;s certificate, with envWorkloadSignature.</source>
        <translation>Der signierte Vertrag wurde unter %1 gespeichert: der Abschnitt workload und der für das Zertifikat der Plattform verschlüsselte Abschnitt env, mit envWorkloadSignature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the contract to %1: the workload section and the env section encrypted to the platform&apos;s certificate.</source>
        <translation>Der Vertrag wurde unter %1 gespeichert: der Abschnitt workload und der für das Zertifikat der Plattform verschlüsselte Abschnitt env.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ContractEnvForm</name>
    <message>
        <location filename="../src/app/ContractEnvForm.cpp" line="+51"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill from Instance Env</source>
        <translation>Aus Instanz-env übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty for no logging, e.g. syslog-a.eu-de.logging.cloud.ibm.com</source>
        <translation>Leer lassen für kein Logging, z. B. syslog-a.eu-de.logging.cloud.ibm.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ingestion key of the logging instance</source>
        <translation>Der Ingestion-Schlüssel der Logging-Instanz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logging port; &quot;none&quot; leaves the port out</source>
        <translation>Der Logging-Port; „keine“ lässt den Port weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seed of the encrypted data volume (volumes.hpsb.seed)</source>
        <translation>Der Seed des verschlüsselten Daten-Volumes (volumes.hpsb.seed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fill CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY from the profile&apos;s certificates; SERVER_KEY is encrypted to the platform&apos;s OpenPGP key (HPVS_PUBLIC_KEY_FILE). Your own values stay.</source>
        <translation>CLIENT_CRT, CLIENT_CA, SERVER_CRT und SERVER_KEY aus den Zertifikaten des Profils übernehmen; SERVER_KEY wird für den OpenPGP-Schlüssel der Plattform verschlüsselt (HPVS_PUBLIC_KEY_FILE). Ihre eigenen Werte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Logging &amp;host:</source>
        <translation>Logging-&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ingestion key:</source>
        <translation>&amp;Ingestion-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging &amp;port:</source>
        <translation>Logging-&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volume seed:</source>
        <translation>V&amp;olume-Seed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Env values:</source>
        <translation>&amp;env-Werte:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hide the ingestion key and the volume seed</source>
        <translation>Ingestion-Schlüssel und Volume-Seed verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the ingestion key and the volume seed</source>
        <translation>Ingestion-Schlüssel und Volume-Seed anzeigen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>SERVER_KEY must be encrypted to the platform&apos;s OpenPGP public key, and none is named; set HPVS_PUBLIC_KEY_FILE in the configuration to the key&apos;s file.</source>
        <translation>SERVER_KEY muss für den öffentlichen OpenPGP-Schlüssel der Plattform verschlüsselt werden, aber es ist keiner angegeben; setzen Sie HPVS_PUBLIC_KEY_FILE in der Konfiguration auf die Datei des Schlüssels.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting the server key…</source>
        <translation>Server-Schlüssel wird verschlüsselt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filled CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY from the profile&apos;s certificates; SERVER_KEY is encrypted to %1.</source>
        <translation>CLIENT_CRT, CLIENT_CA, SERVER_CRT und SERVER_KEY wurden aus den Zertifikaten des Profils übernommen; SERVER_KEY ist für %1 verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ContractFileField</name>
    <message>
        <location filename="../src/app/ContractFileField.cpp" line="+23"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>sbs::gui::DeployPage</name>
    <message>
        <location filename="../src/app/DeployPage.cpp" line="+94"/>
        <source>Image by Digest</source>
        <translation>Image per Digest</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+341"/>
        <source>docker-compose.yml</source>
        <translation>docker-compose.yml</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>Signed-Image Public Key</source>
        <translation>Öffentlicher Schlüssel des signierten Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract (user-data.yaml)</source>
        <translation>Vertrag (user-data.yaml)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>registry/namespace/repository@sha256:…</source>
        <translation>registry/namespace/repository@sha256:…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the image reference with its digest</source>
        <translation>Die Referenz des Images mit seinem Digest kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the image digest and the signed-image public key from the server again</source>
        <translation>Den Digest des Images und den öffentlichen Schlüssel für signierte Images erneut vom Server abrufen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The name of the service in docker-compose.yml</source>
        <translation>Der Name des Dienstes in docker-compose.yml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save docker-compose.yml…</source>
        <translation>docker-compose.yml speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service name:</source>
        <translation>&amp;Dienstname:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save Public Key…</source>
        <translation>Öffentlichen Schlüssel speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Images Section</source>
        <translation>Abschnitt images kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the contract&apos;s images section for this image</source>
        <translation>Den Abschnitt images des Vertrags für dieses Image kopieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The contract&apos;s images section:</source>
        <translation>Der Abschnitt images des Vertrags:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fetching the image digest…</source>
        <translation>Digest des Images wird abgerufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching the signed-image public key…</source>
        <translation>Öffentlicher Schlüssel für signierte Images wird abgerufen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+27"/>
        <source>Not fetched: the connection changed. Press Refresh to fetch again.</source>
        <translation>Nicht abgerufen: Die Verbindung hat sich geändert. Klicken Sie auf „Aktualisieren“, um erneut abzurufen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The image of the last successful build, by digest: a contract or docker-compose.yml that names it runs exactly this image.</source>
        <translation>Das Image des letzten erfolgreichen Builds, per Digest: Ein Vertrag oder eine docker-compose.yml, die es nennt, führt genau dieses Image aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No image yet: the server has not pushed one. Build first.</source>
        <translation>Noch kein Image: Der Server hat noch keines übertragen. Führen Sie zuerst einen Build aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image digest is known.</source>
        <translation>Es ist kein Digest des Images bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image digest could not be fetched: %1</source>
        <translation>Der Digest des Images konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signed-image key yet: the server makes it when it signs its first image. Build first.</source>
        <translation>Noch kein Schlüssel für signierte Images: Der Server erzeugt ihn, wenn er sein erstes Image signiert. Führen Sie zuerst einen Build aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signed-image key is known.</source>
        <translation>Es ist kein Schlüssel für signierte Images bekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-image public key could not be fetched: %1</source>
        <translation>Der öffentliche Schlüssel für signierte Images konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Fetching the image digest and the signed-image public key…</source>
        <translation>Digest des Images und öffentlicher Schlüssel für signierte Images werden abgerufen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Known once the server has pushed an image.</source>
        <translation>Bekannt, sobald der Server ein Image übertragen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a service name.</source>
        <translation>Geben Sie einen Dienstnamen ein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1
SHA-256 of the key: %2</source>
        <translation>%1
SHA-256 des Schlüssels: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The push server is %1 (Red Hat simple signing): %2 holds the key base64-encoded, as the contract&apos;s images.rhs section takes it.</source>
        <translation>Der Push-Server ist %1 (Red Hat Simple Signing): %2 enthält den Schlüssel base64-codiert, wie ihn der Abschnitt images.rhs des Vertrags erwartet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The push server is %1 (Docker Content Trust): %2 holds the key as the server sent it.</source>
        <translation>Der Push-Server ist %1 (Docker Content Trust): %2 enthält den Schlüssel so, wie der Server ihn gesendet hat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied the image reference to the clipboard.</source>
        <translation>Die Referenz des Images wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the images section to the clipboard.</source>
        <translation>Der Abschnitt images wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save docker-compose.yml</source>
        <translation>docker-compose.yml speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compose files (*.yml *.yaml);;All files (*)</source>
        <translation>Compose-Dateien (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the signed image&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des signierten Images speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signed image&apos;s public key</source>
        <translation>der öffentliche Schlüssel des signierten Images</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved: %1 cannot be written (%2); choose another folder.</source>
        <translation>Es wurde nichts gespeichert: %1 kann nicht geschrieben werden (%2); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 to %2.</source>
        <translation>In %2 wurde %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::FileViewer</name>
    <message>
        <location filename="../src/app/FileViewer.cpp" line="+133"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Only the first %1 of this log are shown.</source>
        <translation>Nur die ersten %1 dieses Logs werden angezeigt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the first %1 of this file are shown: its lines are very long.</source>
        <translation>Nur die ersten %1 dieser Datei werden angezeigt: Ihre Zeilen sind sehr lang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the first %1 of this file are shown.</source>
        <translation>Nur die ersten %1 dieser Datei werden angezeigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only the first %1 of this file are shown as hex.</source>
        <translation>Nur die ersten %1 dieser Datei werden als hex angezeigt.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::HistoryChart</name>
    <message>
        <location filename="../src/app/HistoryChart.cpp" line="+37"/>
        <source>Build started</source>
        <translation>Build-Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend of successful builds</source>
        <translation>Trend der erfolgreichen Builds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1
%2 in %3</source>
        <translation>%1
%2 in %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2
%3 in %4</source>
        <translation>%1
%2
%3 in %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No builds recorded yet</source>
        <translation>Noch keine Builds aufgezeichnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Build history</source>
        <translation>Build-Verlauf</translation>
    </message>
</context>
<context>
    <name>sbs::gui::LogView</name>
    <message>
        <location filename="../src/app/LogView.cpp" line="+49"/>
        <source>Find in log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Nächster Treffer (F3 oder Eingabetaste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only errors and warnings</source>
        <translation>Nur Fehler und Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay at the end of the log as lines come in</source>
        <translation>Am Ende des Logs bleiben, während neue Zeilen eintreffen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole log as received</source>
        <translation>Das ganze Log wie empfangen speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location line="+321"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no log to save.</source>
        <translation>Es gibt kein Log zum Speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Log As</source>
        <translation>Log speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log files (*.log);;Text files (*.txt);;All files (*)</source>
        <translation>Log-Dateien (*.log);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the log</source>
        <translation>Das Log kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>sbs::gui::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+51"/>
        <source>Configuration files (*.json);;All files (*)</source>
        <translation>Konfigurationsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 does not exist or is not a file; choose an existing sbs-config.json.</source>
        <translation>%1 existiert nicht oder ist keine Datei; wählen Sie eine vorhandene sbs-config.json.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Builds are not recorded in the history: %1</source>
        <translation>Builds werden nicht im Verlauf aufgezeichnet: %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Removed %1 from the list; its files are still there.</source>
        <translation>%1 wurde aus der Liste entfernt; die Dateien sind weiterhin vorhanden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save Configuration As</source>
        <translation>Konfiguration speichern unter</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>%1 is the configuration of another server in the list; choose another file name.</source>
        <translation>%1 ist die Konfiguration eines anderen Servers in der Liste; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+15"/>
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
        <location line="+26"/>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to %1 and go back to the saved version?</source>
        <translation>Ihre Änderungen an %1 verwerfen und zur gespeicherten Version zurückkehren?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>About SBS Desktop</source>
        <translation>Über SBS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SBS Desktop %1&lt;/h3&gt;&lt;p&gt;A workbench for Secure Build Servers: IBM&apos;s Hyper Protect Secure Build and the on-premises sbs-server. It keeps a list of your servers with their live status, starts and watches builds, edits the server&apos;s build configuration, sbs-config.json, in forms that check every value as you type, and saves it safely, keeping the previous file as a backup.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SBS Desktop %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für Secure Build Server: IBMs Hyper Protect Secure Build und den selbst betriebenen sbs-server. Sie führt eine Liste Ihrer Server mit ihrem aktuellen Status, startet und überwacht Builds, bearbeitet die Build-Konfiguration des Servers, sbs-config.json, in Formularen, die jeden Wert schon bei der Eingabe prüfen, und speichert sie sicher, wobei die vorherige Datei als Sicherung erhalten bleibt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1[*] (%2) — SBS Desktop</source>
        <translation>%1[*] (%2) — SBS Desktop</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ManifestBrowser</name>
    <message>
        <location filename="../src/app/ManifestBrowser.cpp" line="+97"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Filter by path</source>
        <translation>Nach Pfad filtern</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extract to Folder…</source>
        <translation>In Ordner entpacken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the safe entries into an empty folder; unsafe entries are skipped</source>
        <translation>Die sicheren Einträge in einen leeren Ordner schreiben; unsichere Einträge werden übersprungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+46"/>
        <source>Select a file in the tree to see its contents.</source>
        <translation>Wählen Sie eine Datei im Baum, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Extract to an Empty Folder</source>
        <translation>In einen leeren Ordner entpacken</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 is not in this manifest.</source>
        <translation>%1 ist nicht in diesem Manifest enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the manifest was cancelled; the tree shows the entries read so far.</source>
        <translation>Das Lesen des Manifests wurde abgebrochen; der Baum zeigt die bisher gelesenen Einträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest could not be read: %1</source>
        <translation>Das Manifest konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No manifest</source>
        <translation>Kein Manifest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 unsafe</source>
        <translation>, %1 unsicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading… %1</source>
        <translation>Wird gelesen… %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is unsafe and is never extracted: %2</source>
        <translation>%1 ist unsicher und wird nie entpackt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a symbolic link to %2</source>
        <translation>%1 ist ein symbolischer Link auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a hard link to %2</source>
        <translation>%1 ist ein Hardlink auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a special file and has no data to show</source>
        <translation>%1 ist eine Spezialdatei und hat keine anzeigbaren Daten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds %2, more than is shown here; extract the manifest to read it.</source>
        <translation>%1 enthält %2, mehr als hier angezeigt wird; entpacken Sie das Manifest, um die Datei zu lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Folder %1
%2 folders and %3 files directly inside, %4 in all</source>
        <translation>Ordner %1
%2 Ordner und %3 Dateien direkt darin, insgesamt %4</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Wait until the manifest is read before extracting it.</source>
        <translation>Warten Sie, bis das Manifest gelesen ist, bevor Sie es entpacken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not empty; choose an empty or new folder.</source>
        <translation>%1 ist nicht leer; wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extracting to %1…</source>
        <translation>Wird nach %1 entpackt…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extracting to %1 failed: %2</source>
        <translation>Entpacken nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped %1 unsafe: %2</source>
        <translation>%1 unsichere Einträge übersprungen: %2</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ManifestsPage</name>
    <message>
        <location filename="../src/app/LibraryActions.cpp" line="+49"/>
        <source>The public key %1 cannot be read: %2</source>
        <translation>Der öffentliche Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="+79"/>
        <source>Another task of this page is running; wait for it or cancel it first.</source>
        <translation>Eine andere Aufgabe dieser Seite läuft; warten Sie darauf oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the manifest was signed by the build&apos;s key</source>
        <translation>Ob das Manifest mit dem Schlüssel des Builds signiert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files of the build as the manifest holds them</source>
        <translation>Die Dateien des Builds, wie das Manifest sie enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed against another manifest of the library</source>
        <translation>Was sich gegenüber einem anderen Manifest der Bibliothek geändert hat</translation>
    </message>
    <message>
        <location filename="../src/app/JobRunner.cpp" line="+28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running task; nothing half-written is left behind</source>
        <translation>Die laufende Aufgabe abbrechen; nichts halb Geschriebenes bleibt zurück</translation>
    </message>
    <message>
        <location filename="../src/app/LibraryPanel.cpp" line="+36"/>
        <source>Fetch &amp;Latest</source>
        <translation>&amp;Neuestes abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the manifest of the server&apos;s last build and its public key</source>
        <translation>Das Manifest des letzten Builds auf dem Server und seinen öffentlichen Schlüssel herunterladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Build name</source>
        <translation>Build-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The succeeded builds of this profile, newest first; or type a build name</source>
        <translation>Die erfolgreichen Builds dieses Profils, neueste zuerst; oder geben Sie einen Build-Namen ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fetch</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the manifest of this build and its public key</source>
        <translation>Das Manifest dieses Builds und seinen öffentlichen Schlüssel herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a .sig.tbz (and its public key beside it) into the library</source>
        <translation>Eine .sig.tbz-Datei (samt öffentlichem Schlüssel daneben) in die Bibliothek kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Review &amp;Bundle…</source>
        <translation>&amp;Prüfpaket öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a manifest someone handed over as a review bundle</source>
        <translation>Ein Manifest prüfen, das jemand als Prüfpaket übergeben hat</translation>
    </message>
    <message>
        <location filename="../src/app/VerificationPanel.cpp" line="+66"/>
        <source>&amp;Copy Commands</source>
        <translation>Befehle &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the manifest again and check its signature with the key</source>
        <translation>Das Manifest erneut lesen und seine Signatur mit dem Schlüssel prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tamper Test</source>
        <translation>Manipulations&amp;test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check, in memory, that a copy with one more file under git/ fails the check, as the reference client&apos;s tamper test does</source>
        <translation>Im Speicher prüfen, dass eine Kopie mit einer zusätzlichen Datei unter git/ die Prüfung nicht besteht, wie beim Manipulationstest des Referenz-Clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Review Bundle…</source>
        <translation>Prüfpaket e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a zip with the manifest, its key and the report of this check, for a reviewer</source>
        <translation>Eine zip-Datei mit dem Manifest, seinem Schlüssel und dem Bericht dieser Prüfung für einen Prüfer schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner archive:</source>
        <translation>Inneres Archiv:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The same check with openssl, for anyone who wants to repeat it:</source>
        <translation>Dieselbe Prüfung mit openssl, für alle, die sie wiederholen möchten:</translation>
    </message>
    <message>
        <location filename="../src/app/ComparePanel.cpp" line="+36"/>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected manifest (after) with this one (before)</source>
        <translation>Das ausgewählte Manifest (nachher) mit diesem (vorher) vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../src/app/LibraryPanel.cpp" line="+44"/>
        <source>Import a Manifest</source>
        <translation>Manifest importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifests (*.sig.tbz);;All files (*)</source>
        <translation>Manifeste (*.sig.tbz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Review Bundle</source>
        <translation>Prüfpaket öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review bundles (*.zip);;All files (*)</source>
        <translation>Prüfpakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="+33"/>
        <source>The openssl commands are on the clipboard.</source>
        <translation>Die openssl-Befehle sind in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../src/app/VerificationPanel.cpp" line="+20"/>
        <source>Export Review Bundle</source>
        <translation>Prüfpaket exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="+10"/>
        <source>The manifests could not be compared: %1</source>
        <translation>Die Manifeste konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <location filename="../src/app/LibraryActions.cpp" line="+101"/>
        <source>Downloading the latest manifest…</source>
        <translation>Das neueste Manifest wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the manifest of %1…</source>
        <translation>Das Manifest von %1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest could not be fetched: %1</source>
        <translation>Das Manifest konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Downloading the public key of %1…</source>
        <translation>Der öffentliche Schlüssel von %1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>The public key of %1 could not be fetched: %2</source>
        <translation>Der öffentliche Schlüssel von %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent the public key of %1, not of %2; it was not stored.</source>
        <translation>Der Server hat den öffentlichen Schlüssel von %1 gesendet, nicht den von %2; er wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Storing %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manifest could not be stored: %1</source>
        <translation>Das Manifest konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a manifest: its name must be manifest.&lt;build name&gt;.sig.tbz.</source>
        <translation>%1 ist kein Manifest: Der Name muss manifest.&lt;Build-Name&gt;.sig.tbz lauten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest could not be imported: %1</source>
        <translation>Das Manifest konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="+236"/>
        <source>There is no public key for %1. Fetch it with the build name %2, or put %3 beside the manifest and press Verify Again.</source>
        <translation>Es gibt keinen öffentlichen Schlüssel für %1. Rufen Sie ihn mit dem Build-Namen %2 ab, oder legen Sie %3 neben das Manifest und klicken Sie auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the signature of %1…</source>
        <translation>Die Signatur von %1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The tamper test needs the public key %1 beside the manifest.</source>
        <translation>Der Manipulationstest benötigt den öffentlichen Schlüssel %1 neben dem Manifest.</translation>
    </message>
    <message>
        <location filename="../src/app/LibraryActions.cpp" line="-129"/>
        <source>Running the tamper test on %1…</source>
        <translation>Manipulationstest für %1 läuft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tamper test passed: a copy with one more file under git/ fails the check, as it must.</source>
        <translation>Manipulationstest bestanden: Eine Kopie mit einer zusätzlichen Datei unter git/ besteht die Prüfung wie erwartet nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tamper test failed: %1</source>
        <translation>Manipulationstest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="-126"/>
        <source>Select a manifest of the library to export.</source>
        <translation>Wählen Sie ein Manifest der Bibliothek zum Exportieren aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A review bundle carries the public key the manifest was checked with; put %1 beside the manifest first.</source>
        <translation>Ein Prüfpaket enthält den öffentlichen Schlüssel, mit dem das Manifest geprüft wurde; legen Sie zuerst %1 neben das Manifest.</translation>
    </message>
    <message>
        <location filename="../src/app/LibraryActions.cpp" line="+131"/>
        <source>Writing the review bundle %1…</source>
        <translation>Prüfpaket %1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review bundle could not be written: %1</source>
        <translation>Das Prüfpaket konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="-67"/>
        <source>Review bundle written to %1.</source>
        <translation>Prüfpaket nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review bundle written to %1, but the manifest did not verify: %2</source>
        <translation>Prüfpaket nach %1 geschrieben, aber das Manifest hat die Prüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/LibraryActions.cpp" line="+15"/>
        <source>Opening the review bundle %1…</source>
        <translation>Prüfpaket %1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Its manifest could not be added to the library: %1</source>
        <translation>Sein Manifest konnte nicht zur Bibliothek hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The review bundle %1 could not be opened: %2</source>
        <translation>Das Prüfpaket %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This manifest came from the review bundle %1 (its report names no check time); checked again here:</source>
        <translation>Dieses Manifest stammt aus dem Prüfpaket %1 (dessen Bericht keinen Prüfzeitpunkt nennt); hier erneut geprüft:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This manifest came from the review bundle %1, checked there at %2; checked again here:</source>
        <translation>Dieses Manifest stammt aus dem Prüfpaket %1, dort geprüft am %2; hier erneut geprüft:</translation>
    </message>
    <message>
        <location filename="../src/app/VerificationPanel.cpp" line="+19"/>
        <source>Select a manifest of the library, or fetch or import one.</source>
        <translation>Wählen Sie ein Manifest der Bibliothek aus, oder rufen Sie eines ab bzw. importieren Sie eines.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No key: %1 is not beside the manifest.</source>
        <translation>Kein Schlüssel: %1 liegt nicht neben dem Manifest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint %1 (%2), from %3</source>
        <translation>SHA-256-Fingerabdruck %1 (%2), aus %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (its fingerprint is shown once it was read)</source>
        <translation>%1 (der Fingerabdruck wird angezeigt, sobald der Schlüssel gelesen ist)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.tbz, the inner archive, is hashed with SHA-256 as it streams out of %1.sig.tbz; that digest is hashed again and checked against the hex signature in %1.sig as an RSA PKCS#1 v1.5 signature with SHA-256, using the public key %2.</source>
        <translation>%1.tbz, das innere Archiv, wird mit SHA-256 gehasht, während es aus %1.sig.tbz ausgelesen wird; dieser Digest wird erneut gehasht und mit dem öffentlichen Schlüssel %2 als Signatur nach RSA PKCS#1 v1.5 mit SHA-256 gegen die hex-codierte Signatur in %1.sig geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 of %1.tbz: %2
Size: %3 (%4 bytes)</source>
        <translation>SHA-256 von %1.tbz: %2
Größe: %3 (%4 Byte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run them in %1.</source>
        <translation>Führen Sie sie in %1 aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key missing</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive malformed</source>
        <translation>Archiv fehlerhaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../src/app/ManifestsPage.cpp" line="+376"/>
        <source>Select a manifest and another one of the library to compare it with.</source>
        <translation>Wählen Sie ein Manifest und ein weiteres der Bibliothek aus, mit dem es verglichen werden soll.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::MessageWidget</name>
    <message>
        <location filename="../src/app/MessageWidget.cpp" line="+96"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingAdvice</name>
    <message>
        <location filename="../src/app/OnboardingAdvice.cpp" line="+11"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection closed by the server</source>
        <translation>Verbindung vom Server geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not from this profile&apos;s CA</source>
        <translation>Das Zertifikat des Servers stammt nicht von der CA dieses Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is for another name</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this profile&apos;s client certificate</source>
        <translation>Der Server hat das Client-Zertifikat dieses Profils abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Secure Build Server</source>
        <translation>Kein Secure Build Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate file of this profile is missing or unusable</source>
        <translation>Eine Zertifikatsdatei dieses Profils fehlt oder ist unbrauchbar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check that the server runs and that HOSTNAME and CICD_PORT (%1) are its address and port. A firewall or security group that drops the port looks the same: open the port for this computer.</source>
        <translation>Prüfen Sie, ob der Server läuft und ob HOSTNAME und CICD_PORT (%1) seine Adresse und sein Port sind. Eine Firewall oder Sicherheitsgruppe, die den Port verwirft, verhält sich genauso: Geben Sie den Port für diesen Computer frei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing listens at %1. Start the server, or wait until it has finished starting, and check that CICD_PORT is the port it listens on.</source>
        <translation>Unter %1 lauscht nichts. Starten Sie den Server oder warten Sie, bis er vollständig gestartet ist, und prüfen Sie, ob CICD_PORT der Port ist, auf dem er lauscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the spelling of HOSTNAME (%1). When it is a name you chose for the server certificate, map the server&apos;s IP address to it in /etc/hosts.</source>
        <translation>Prüfen Sie die Schreibweise von HOSTNAME (%1). Wenn es ein Name ist, den Sie für das Server-Zertifikat gewählt haben, tragen Sie ihn in /etc/hosts mit der IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server may be restarting, or it does not speak HTTPS on port %1: check CICD_PORT and try again in a moment.</source>
        <translation>Der Server startet möglicherweise gerade neu, oder er spricht auf Port %1 kein HTTPS: Prüfen Sie CICD_PORT und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server was started with other certificates than this profile&apos;s. Give it the instance env of this profile (CLIENT_CA, SERVER_CRT, SERVER_KEY) and restart it, or set CAPATH to the CA that signed the server&apos;s certificate.</source>
        <translation>Der Server wurde mit anderen Zertifikaten als denen dieses Profils gestartet. Geben Sie ihm die Instance-env-Werte dieses Profils (CLIENT_CA, SERVER_CRT, SERVER_KEY) und starten Sie ihn neu, oder setzen Sie CAPATH auf die CA, die das Zertifikat des Servers signiert hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map the server&apos;s IP address to HOSTNAME (%1) in /etc/hosts, or create the server certificate for the name or address you connect to and give the server the new instance env.</source>
        <translation>Tragen Sie HOSTNAME (%1) in /etc/hosts mit der IP-Adresse des Servers ein, oder erstellen Sie das Server-Zertifikat für den Namen oder die Adresse, über die Sie sich verbinden, und geben Sie dem Server die neuen Instance-env-Werte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renew the server certificate (Certificates page, or sbsctl renew-certs) and restart the server with the new instance env. Check that the clock of this computer is right.</source>
        <translation>Erneuern Sie das Server-Zertifikat (Seite „Zertifikate“ oder sbsctl renew-certs) und starten Sie den Server mit den neuen Instance-env-Werten neu. Prüfen Sie, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server trusts another client CA. Give it the instance env of this profile and restart it, or set CLIENT_CRT_KEY to the client certificate that was made for that server.</source>
        <translation>Der Server vertraut einer anderen Client-CA. Geben Sie ihm die Instance-env-Werte dieses Profils und starten Sie ihn neu, oder setzen Sie CLIENT_CRT_KEY auf das Client-Zertifikat, das für diesen Server erstellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that %1 is a Secure Build Server that speaks HTTPS, and that CAPATH and CLIENT_CRT_KEY name this profile&apos;s certificate files.</source>
        <translation>Prüfen Sie, ob %1 ein Secure Build Server ist, der HTTPS spricht, und ob CAPATH und CLIENT_CRT_KEY die Zertifikatsdateien dieses Profils nennen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something answers at %1, but not as a Secure Build Server does. Check HOSTNAME and CICD_PORT; when they are right, look at the server&apos;s log.</source>
        <translation>Unter %1 antwortet etwas, aber nicht so, wie ein Secure Build Server antwortet. Prüfen Sie HOSTNAME und CICD_PORT; wenn beide stimmen, sehen Sie im Log des Servers nach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another service answers at %1. Check HOSTNAME and CICD_PORT.</source>
        <translation>Unter %1 antwortet ein anderer Dienst. Prüfen Sie HOSTNAME und CICD_PORT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the certificates on the Certificates page of this wizard, or correct CLIENT_CRT_KEY and CAPATH in the configuration.</source>
        <translation>Erstellen Sie die Zertifikate auf der Seite „Zertifikate“ dieses Assistenten, oder korrigieren Sie CLIENT_CRT_KEY und CAPATH in der Konfiguration.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingCertificatesPage</name>
    <message>
        <location filename="../src/app/OnboardingCertificatesPage.cpp" line="+55"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client certificate proves to the server who you are; the server certificate proves the server to you. One CA signs both.</source>
        <translation>Das Client-Zertifikat weist Sie gegenüber dem Server aus; das Server-Zertifikat weist den Server Ihnen gegenüber aus. Eine CA signiert beide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a new CA for this server (recommended)</source>
        <translation>Eine neue CA für diesen Server erstellen (empfohlen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA, the client certificate and the server certificate are made in the configuration&apos;s folder.</source>
        <translation>Die CA, das Client-Zertifikat und das Server-Zertifikat werden im Ordner der Konfiguration erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my own CA</source>
        <translation>Eigene CA verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your CA certificate (CAPATH) and its private key (CAKEYPATH) issue the client and server certificates.</source>
        <translation>Ihr CA-Zertifikat (CAPATH) und sein privater Schlüssel (CAKEYPATH) stellen die Client- und Server-Zertifikate aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Files of this profile</source>
        <translation>Dateien dieses Profils</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate:</source>
        <translation>Server-Zertifikat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace a server certificate made for another host name (the old files are backed up)</source>
        <translation>Ein für einen anderen Hostnamen erstelltes Server-Zertifikat ersetzen (die alten Dateien werden gesichert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create Certificates</source>
        <translation>Zertifikate erstellen</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+16"/>
        <location line="+2"/>
        <source>not created yet</source>
        <translation>noch nicht erstellt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 does not exist: choose your CA certificate in CAPATH.</source>
        <translation>%1 existiert nicht: Wählen Sie Ihr CA-Zertifikat in CAPATH.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not created yet; set HOSTNAME first</source>
        <translation>noch nicht erstellt; legen Sie zuerst HOSTNAME fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not created yet (for %1)</source>
        <translation>noch nicht erstellt (für %1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Kept the client CA and client certificate %1.</source>
        <translation>Client-CA und Client-Zertifikat %1 wurden beibehalten.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingConfigPage</name>
    <message>
        <location filename="../src/app/OnboardingConfigPage.cpp" line="+42"/>
        <source>Server and build settings</source>
        <translation>Server- und Build-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The essential settings of the new configuration. Every other setting is in the configuration editor later.</source>
        <translation>Die wesentlichen Einstellungen der neuen Konfiguration. Alle weiteren Einstellungen finden Sie später im Konfigurationseditor.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Next saves the configuration. Give it a folder of its own: the certificate files are made next to it.</source>
        <translation>„Weiter“ speichert die Konfiguration. Geben Sie ihr einen eigenen Ordner: Die Zertifikatsdateien werden daneben erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1; Next saves your changes.</source>
        <translation>Als %1 gespeichert; „Weiter“ speichert Ihre Änderungen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save Configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBS configuration (*.json);;All files (*)</source>
        <translation>SBS-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingConnectionPage</name>
    <message>
        <location filename="../src/app/OnboardingConnectionPage.cpp" line="+55"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the server for its status over mutual TLS, with the certificates of this profile.</source>
        <translation>Fragt den Status des Servers über gegenseitiges TLS mit den Zertifikaten dieses Profils ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking %1 for its status.</source>
        <translation>Der Status wird bei %1 abgefragt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no build yet</source>
        <translation>noch kein Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers with this profile&apos;s certificates.</source>
        <translation>%1 antwortet mit den Zertifikaten dieses Profils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build status: %1</source>
        <translation>Build-Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last build: %1</source>
        <translation>Letzter Build: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image tag: %1</source>
        <translation>Image-Tag: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The test was cancelled. Press Test Connection to try again.</source>
        <translation>Der Test wurde abgebrochen. Klicken Sie auf „Verbindung testen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How to fix:</source>
        <translation>So beheben Sie das Problem:</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingContext</name>
    <message>
        <location filename="../src/app/OnboardingContext.cpp" line="+25"/>
        <location line="+19"/>
        <source>The configuration has no file yet: save it first.</source>
        <translation>Die Konfiguration hat noch keine Datei: Speichern Sie sie zuerst.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingEnvPage</name>
    <message>
        <location filename="../src/app/OnboardingEnvPage.cpp" line="+42"/>
        <source>OpenPGP public key (HPVS_PUBLIC_KEY_FILE)</source>
        <translation>öffentlicher OpenPGP-Schlüssel, HPVS_PUBLIC_KEY_FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an OpenPGP secret key export; choose the platform&apos;s public key instead (never hand out a secret key).</source>
        <translation>%1 ist der Export eines geheimen OpenPGP-Schlüssels; wählen Sie stattdessen den öffentlichen Schlüssel der Plattform (geben Sie niemals einen geheimen Schlüssel weiter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an OpenPGP public key; choose the platform&apos;s public key file (armoured or binary).</source>
        <translation>%1 ist kein öffentlicher OpenPGP-Schlüssel; wählen Sie die Datei mit dem öffentlichen Schlüssel der Plattform (ASCII-Armor oder binär).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values for the server&apos;s contract</source>
        <translation>Werte für den Vertrag des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server needs these values in the env section of its contract to trust this profile. You can skip this step and come back to it later.</source>
        <translation>Der Server benötigt diese Werte im Abschnitt env seines Vertrags, um diesem Profil zu vertrauen. Sie können diesen Schritt überspringen und später darauf zurückkommen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>For a local sbs-server: leave SERVER_KEY unencrypted (never in a contract)</source>
        <translation>Für einen lokalen sbs-server: SERVER_KEY unverschlüsselt lassen (niemals in einem Vertrag)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the platform&apos;s OpenPGP public key to see the values, or skip this step for a server you start yourself.</source>
        <translation>Wählen Sie den öffentlichen OpenPGP-Schlüssel der Plattform, um die Werte zu sehen, oder überspringen Sie diesen Schritt bei einem Server, den Sie selbst starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the values to the clipboard</source>
        <translation>Werte in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the values to a new file</source>
        <translation>Werte in einer neuen Datei speichern</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>(hidden: the unencrypted server key; Copy and Save include it)</source>
        <translation>(ausgeblendet: der unverschlüsselte Server-Schlüssel; „Kopieren“ und „Speichern“ schließen ihn ein)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SERVER_KEY is not encrypted: use these values only for a local sbs-server, never in a contract.</source>
        <translation>SERVER_KEY ist nicht verschlüsselt: Verwenden Sie diese Werte nur für einen lokalen sbs-server, niemals in einem Vertrag.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied the values to the clipboard.</source>
        <translation>Die Werte wurden in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Instance Env</source>
        <translation>Instance env speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML (*.yaml *.yml);;Text (*.txt);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the values as %1.</source>
        <translation>Die Werte wurden als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds these values already; it was left as it is.</source>
        <translation>%1 enthält diese Werte bereits; die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingLocalServerPage</name>
    <message>
        <location filename="../src/app/OnboardingLocalServerPage.cpp" line="+36"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Again</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting a local server</source>
        <translation>Lokaler Server wird gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A registry, a git server with a sample application, the certificates and sbs-server on this computer. The first start takes about a minute.</source>
        <translation>Eine Registry, ein git-Server mit einer Beispielanwendung, die Zertifikate und sbs-server auf diesem Computer. Der erste Start dauert etwa eine Minute.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop setting up the local server</source>
        <translation>Einrichtung des lokalen Servers abbrechen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Setting up the local server…</source>
        <translation>Lokaler Server wird eingerichtet…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>The local server did not start.</source>
        <translation>Der lokale Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local server runs. Its profile is %1.</source>
        <translation>Der lokale Server läuft. Sein Profil ist %1.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingStartPage</name>
    <message>
        <location filename="../src/app/OnboardingStartPage.cpp" line="+44"/>
        <source>Welcome to SBS Desktop</source>
        <translation>Willkommen bei SBS Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a Secure Build Server. How do you want to begin?</source>
        <translation>Verbinden Sie sich mit einem Secure Build Server. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a new configuration</source>
        <translation>Neue Konfiguration erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the essential settings, create the certificates and get the values for the server&apos;s contract.</source>
        <translation>Die wesentlichen Einstellungen ausfüllen, die Zertifikate erstellen und die Werte für den Vertrag des Servers erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Path of sbs-config.json</source>
        <translation>Pfad der sbs-config.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use an existing configuration</source>
        <translation>Vorhandene Konfiguration verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An sbs-config.json you have already. Its certificate files are in its folder.</source>
        <translation>Eine sbs-config.json, die Sie bereits haben. Ihre Zertifikatsdateien liegen in ihrem Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: the script that sets up the local server (scripts/demo.sh) is not installed.</source>
        <translation>Nicht verfügbar: Das Skript, das den lokalen Server einrichtet (scripts/demo.sh), ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start a local server</source>
        <translation>Lokalen Server starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try everything on this computer, without a cloud account: a registry, a git server with a sample application, the certificates and sbs-server on 127.0.0.1:%1. The first start takes about a minute.</source>
        <translation>Alles auf diesem Computer ausprobieren, ohne Cloud-Konto: eine Registry, ein git-Server mit einer Beispielanwendung, die Zertifikate und sbs-server auf 127.0.0.1:%1. Der erste Start dauert etwa eine Minute.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each server is a profile: one sbs-config.json with its certificate files in the same folder. You can add more servers later.</source>
        <translation>Jeder Server ist ein Profil: eine sbs-config.json mit ihren Zertifikatsdateien im selben Ordner. Sie können später weitere Server hinzufügen.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Open Configuration</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SBS configuration (*.json);;All files (*)</source>
        <translation>SBS-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 does not exist: choose an existing sbs-config.json, or create a new configuration.</source>
        <translation>%1 existiert nicht: Wählen Sie eine vorhandene sbs-config.json oder erstellen Sie eine neue Konfiguration.</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OnboardingWizard</name>
    <message>
        <location filename="../src/app/OnboardingWizard.cpp" line="+23"/>
        <source>New Server</source>
        <translation>Neuer Server</translation>
    </message>
</context>
<context>
    <name>sbs::gui::OverviewPage</name>
    <message>
        <location filename="../src/app/OverviewPage.cpp" line="+166"/>
        <source>This profile cannot be used: %1</source>
        <translation>Dieses Profil kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The build succeeded.</source>
        <translation>Der Build war erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build %1 succeeded.</source>
        <translation>Der Build %1 war erfolgreich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build failed: %1</source>
        <translation>Der Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build was stopped by a clean.</source>
        <translation>Der Build wurde durch clean abgebrochen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(empty: no build yet)</source>
        <translation>(leer: noch kein Build)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The first to expire is valid for %n more day(s).</source>
        <translation>
            <numerusform>Das zuerst ablaufende Zertifikat ist noch %n Tag gültig.</numerusform>
            <numerusform>Das zuerst ablaufende Zertifikat ist noch %n Tage gültig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Update with New Secret</source>
        <translation>Update mit neuem SECRET</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No new secret could be generated from the system&apos;s random source; try again.</source>
        <translation>Aus der Zufallsquelle des Systems konnte kein neues SECRET erzeugt werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send a newly generated SECRET to %1 and save it in the configuration? The previous configuration file is kept as a backup.</source>
        <translation>Ein neu erzeugtes SECRET an %1 senden und in der Konfiguration speichern? Die vorherige Konfigurationsdatei bleibt als Sicherungskopie erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No state image made under the current secret is recorded for this profile. State images exported before cannot be imported once the secret changes; you can export a fresh one right after.</source>
        <translation>Für dieses Profil ist kein Zustandsabbild verzeichnet, das unter dem aktuellen Geheimnis erstellt wurde. Zuvor exportierte Zustandsabbilder können nicht mehr importiert werden, sobald sich das Geheimnis ändert; Sie können direkt danach ein neues exportieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These state images can no longer be imported afterwards, because they are protected by the current secret:</source>
        <translation>Diese Zustandsabbilder können danach nicht mehr importiert werden, weil sie durch das aktuelle Geheimnis geschützt sind:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can export a fresh state image right after.</source>
        <translation>Sie können direkt danach ein neues Zustandsabbild exportieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting a build…</source>
        <translation>Build wird gestartet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clean %1? The running build stops and its progress is lost.</source>
        <translation>clean für %1 ausführen? Der laufende Build wird gestoppt und sein Fortschritt geht verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean %1? The server forgets the status of the last build and reports &quot;restarted cicd&quot;.</source>
        <translation>clean für %1 ausführen? Der Server vergisst den Status des letzten Builds und meldet „restarted cicd“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+276"/>
        <source>Clean</source>
        <translation>Clean</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Cleaning the server…</source>
        <translation>Server wird bereinigt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The configuration was loaded again.</source>
        <translation>Die Konfiguration wurde neu geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the server for its status…</source>
        <translation>Status des Servers wird abgefragt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <location line="+26"/>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Status: (empty: no build yet)</source>
        <translation>Status: (leer: noch kein Build)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the files the configuration names…</source>
        <translation>Die in der Konfiguration genannten Dateien werden gelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for the server&apos;s answer…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: waiting for the server&apos;s answer…</source>
        <translation>%1: Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was answered with &quot;%2&quot;, not &quot;OK&quot;; check the server&apos;s log.</source>
        <translation>%1 wurde mit „%2“ beantwortet, nicht mit „OK“; prüfen Sie das Log des Servers.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The server uses the new secret now, but the configuration could not be saved: %1 The new secret is in the editor; save it with File → Save As before you close the window.</source>
        <translation>Der Server verwendet jetzt das neue SECRET, aber die Konfiguration konnte nicht gespeichert werden: %1 Das neue SECRET steht im Editor; speichern Sie es mit Datei → Speichern unter, bevor Sie das Fenster schließen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server uses the new secret now; it is saved in %1.</source>
        <translation>Der Server verwendet jetzt das neue SECRET; es ist in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server uses the new secret now; it is saved in %1, and the previous file is kept as %2.</source>
        <translation>Der Server verwendet jetzt das neue SECRET; es ist in %1 gespeichert, und die vorherige Datei bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>%1 did not succeed: %2</source>
        <translation>%1 war nicht erfolgreich: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(empty answer)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update with new secret</source>
        <translation>Update mit neuem SECRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>sbs::gui::ProfilePages</name>
    <message>
        <location filename="../src/app/ProfilePages.cpp" line="+56"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;uilds</source>
        <translation>B&amp;uilds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manifests</source>
        <translation>&amp;Manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tate</source>
        <translation>Zus&amp;tand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;figuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s status and its actions</source>
        <translation>Der Status des Servers und seine Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current build&apos;s stages and log, and the history of builds</source>
        <translation>Phasen und Log des aktuellen Builds sowie der Verlauf der Builds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed manifests of the builds: verify, browse, compare, hand on</source>
        <translation>Signierte Manifeste der Builds: prüfen, durchsuchen, vergleichen, weitergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built image by digest, its signing key, and the contract for a deployment</source>
        <translation>Das gebaute Image per Digest, sein Signaturschlüssel und der Vertrag für eine Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State images: export, recover on a new server, rotate the secret</source>
        <translation>Zustandsabbilder: exportieren, auf einem neuen Server wiederherstellen, Geheimnis wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The build configuration, sbs-config.json</source>
        <translation>Die Build-Konfiguration, sbs-config.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificates that connect this computer and the server</source>
        <translation>Die Zertifikate, die diesen Computer mit dem Server verbinden</translation>
    </message>
</context>
<context>
    <name>sbs::gui::Prompts</name>
    <message>
        <location filename="../src/app/Prompts.cpp" line="+82"/>
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
    <name>sbs::gui::StageChart</name>
    <message>
        <location filename="../src/app/StageChart.cpp" line="+38"/>
        <source>This build</source>
        <translation>Dieser Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual (median of earlier successful builds)</source>
        <translation>Üblich (Median früherer erfolgreicher Builds)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stage durations</source>
        <translation>Phasendauern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No stage times yet</source>
        <translation>Noch keine Phasenzeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>sbs::gui::StatePage</name>
    <message>
        <location filename="../src/app/RecoveryPanel.cpp" line="+122"/>
        <source>Recover from a State Image File</source>
        <translation>Aus einer Zustandsabbild-Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/StatePage.cpp" line="+178"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recover o&amp;n This Server…</source>
        <translation>H&amp;ier wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the image selected in the list and prepare its recovery</source>
        <translation>Das in der Liste gewählte Zustandsabbild prüfen und seine Wiederherstellung vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover from F&amp;ile…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a state image file and prepare its recovery</source>
        <translation>Eine Zustandsabbild-Datei prüfen und ihre Wiederherstellung vorbereiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State image name</source>
        <translation>Name des Zustandsabbilds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name of the state image in the bucket, as its metadata file says</source>
        <translation>Der Name des Zustandsabbilds im Bucket, wie ihn seine Metadatendatei angibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover from Buc&amp;ket…</source>
        <translation>Aus Buc&amp;ket…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server fetches the image with this name from this bucket</source>
        <translation>Der Server ruft das Zustandsabbild mit diesem Namen aus diesem Bucket ab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Build after recovery</source>
        <translation>Build nach der Wiederherstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a build as the last step</source>
        <translation>Als letzten Schritt einen Build starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Recover&amp;y</source>
        <translation>&amp;Wiederherstellung starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the steps on the profile&apos;s server</source>
        <translation>Die Schritte auf dem Server des Profils ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the step that runs; what was done stays done</source>
        <translation>Nach dem laufenden Schritt anhalten; was erledigt ist, bleibt erledigt</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 is kept in object storage, in a bucket this profile does not know: enter the bucket and choose Recover from Bucket.</source>
        <translation>%1 liegt in Object Storage, in einem Bucket, den dieses Profil nicht kennt: Geben Sie den Bucket ein und wählen Sie „Aus Bucket…“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the bucket and the name of the state image in it.</source>
        <translation>Geben Sie den Bucket und den Namen des Zustandsabbilds darin ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 from bucket %2</source>
        <translation>%1 aus Bucket %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was made under an older SECRET and cannot be recovered. %2 Use an image exported after the last secret rotation.</source>
        <translation>%1 wurde unter einem älteren SECRET erstellt und kann nicht wiederhergestellt werden. %2 Verwenden Sie ein Zustandsabbild, das nach dem letzten Geheimniswechsel exportiert wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secret Not Known</source>
        <translation>Geheimnis nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether %1 was made under the current SECRET is not known. Try it anyway? The server checks, and refuses an image made under another secret.</source>
        <translation>Ob %1 unter dem aktuellen SECRET erstellt wurde, ist nicht bekannt. Trotzdem versuchen? Der Server prüft es und lehnt ein Zustandsabbild ab, das unter einem anderen Geheimnis erstellt wurde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/app/StatePage.cpp" line="+279"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no state, only the metadata of %2, which is kept in object storage: enter its bucket and choose Recover from Bucket.</source>
        <translation>%1 enthält keinen Zustand, nur die Metadaten von %2, das in Object Storage abgelegt ist: Geben Sie den zugehörigen Bucket ein und wählen Sie „Aus Bucket…“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/app/StatePage.cpp" line="+136"/>
        <source>Another task of this page is running; wait for it or cancel it first.</source>
        <translation>Eine andere Aufgabe dieser Seite läuft; warten Sie darauf oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image is ready to be recovered: check the steps and press Start Recovery.</source>
        <translation>Das Zustandsabbild ist bereit zur Wiederherstellung: Prüfen Sie die Schritte und klicken Sie auf „Wiederherstellung starten“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The configuration has unsaved changes: save it first (File → Save), then start the recovery. It sends the saved settings and SECRET.</source>
        <translation>Die Konfiguration enthält nicht gespeicherte Änderungen: Speichern Sie sie zuerst (Datei → Speichern) und starten Sie dann die Wiederherstellung. Sie sendet die gespeicherten Einstellungen und das SECRET.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+131"/>
        <location filename="../src/app/StatePage.cpp" line="-7"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Recovery cancelled. The steps marked done took effect on the server; check its status before you start again.</source>
        <translation>Wiederherstellung abgebrochen. Die als erledigt markierten Schritte sind auf dem Server wirksam geworden; prüfen Sie seinen Status, bevor Sie erneut beginnen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Build after recovery is off: build from the Overview when you are ready.</source>
        <translation>Build nach der Wiederherstellung ist ausgeschaltet: Starten Sie den Build in der Übersicht, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery: %1…</source>
        <translation>Wiederherstellung: %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An earlier step did not succeed.</source>
        <translation>Ein früherer Schritt war nicht erfolgreich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the state image…</source>
        <translation>Zustandsabbild wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To recover: %1</source>
        <translation>Wiederherzustellen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No state image chosen yet: choose one in the list, a file, or a bucket.</source>
        <translation>Noch kein Zustandsabbild gewählt: Wählen Sie eines in der Liste, eine Datei oder einen Bucket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile&apos;s HOSTNAME and CICD_PORT</source>
        <translation>HOSTNAME und CICD_PORT des Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery needs a freshly started server at %1, started with the same server secret as the old one (sbs-server: --state-secret-file with the old server&apos;s keys/state-secret). It then takes this profile&apos;s configuration and the state image under its SECRET, and can build right away.</source>
        <translation>Die Wiederherstellung braucht einen frisch gestarteten Server unter %1, gestartet mit demselben Server-Geheimnis wie der alte (sbs-server: --state-secret-file mit keys/state-secret des alten Servers). Er erhält dann die Konfiguration dieses Profils und das Zustandsabbild unter dem SECRET des Profils und kann sofort einen Build ausführen.</translation>
    </message>
    <message>
        <location filename="../src/app/StatePage.cpp" line="-521"/>
        <source>The folder %1 cannot be created; check the permissions of %2.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; prüfen Sie die Berechtigungen von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a folder: choose another one to export to.</source>
        <translation>%1 ist kein Ordner: Wählen Sie einen anderen für den Export.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Export State Images To</source>
        <translation>Zustandsabbilder exportieren nach</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a State Image File</source>
        <translation>Zustandsabbild-Datei hinzufügen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Export a Fresh State Image</source>
        <translation>Neues Zustandsabbild exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a fresh state image now? The images exported before were made under the old SECRET and can no longer be imported.</source>
        <translation>Jetzt ein neues Zustandsabbild exportieren? Die zuvor exportierten Zustandsabbilder wurden unter dem alten SECRET erstellt und können nicht mehr importiert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No profile is open.</source>
        <translation>Es ist kein Profil geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the bucket to export to, or export to a file.</source>
        <translation>Geben Sie den Bucket für den Export ein, oder exportieren Sie in eine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the folder for the state image file (for a bucket, for its metadata file).</source>
        <translation>Wählen Sie den Ordner für die Zustandsabbild-Datei (bei einem Bucket für dessen Metadatendatei).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting the state image of %1 to bucket %2…</source>
        <translation>Das Zustandsabbild von %1 wird in Bucket %2 exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the state image of %1…</source>
        <translation>Das Zustandsabbild von %1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled; nothing was saved.</source>
        <translation>Export abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the object-storage request for bucket %1: %2. Export to a file instead, or check the object-storage settings the server was initialized with.</source>
        <translation>Der Server hat die Object-Storage-Anfrage für Bucket %1 abgelehnt: %2. Exportieren Sie stattdessen in eine Datei, oder prüfen Sie die Object-Storage-Einstellungen, mit denen der Server initialisiert wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state image could not be exported: %1</source>
        <translation>Das Zustandsabbild konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receiving the state image: %1 of %2</source>
        <translation>Zustandsabbild wird empfangen: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving the state image: %1</source>
        <translation>Zustandsabbild wird empfangen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The state image %1 was not saved: %2</source>
        <translation>Das Zustandsabbild %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The state image was saved to %1, but the list could not be updated: %2</source>
        <translation>Das Zustandsabbild wurde in %1 gespeichert, aber die Liste konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was there already with the same content; nothing was written.</source>
        <translation>%1 war bereits mit demselben Inhalt vorhanden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State image saved to %1 (readable only by you).</source>
        <translation>Zustandsabbild in %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The state image %1 went to bucket %2; its metadata file is %3.</source>
        <translation>Das Zustandsabbild %1 wurde in Bucket %2 abgelegt; seine Metadatendatei ist %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent no state, only the metadata of an image it keeps elsewhere; it was saved to %1.</source>
        <translation>Der Server hat keinen Zustand gesendet, nur die Metadaten eines Zustandsabbilds, das er anderswo aufbewahrt; sie wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in the list already.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was added: the metadata of %2, kept in object storage.</source>
        <translation>%1 wurde hinzugefügt: die Metadaten von %2, in Object Storage abgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was added. Which SECRET it was made under is not known; recovery asks first.</source>
        <translation>%1 wurde hinzugefügt. Unter welchem SECRET es erstellt wurde, ist nicht bekannt; die Wiederherstellung fragt zuerst nach.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was removed from the list. Its metadata file %2 stays, and so does the image in its bucket.</source>
        <translation>%1 wurde aus der Liste entfernt. Seine Metadatendatei %2 bleibt erhalten, ebenso das Zustandsabbild in seinem Bucket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from the list. The file %2 stays where it is.</source>
        <translation>%1 wurde aus der Liste entfernt. Die Datei %2 bleibt, wo sie ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 does not exist yet: the first export makes it.</source>
        <translation>Der Ordner %1 existiert noch nicht: Der erste Export legt ihn an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program could open the folder %1.</source>
        <translation>Kein Programm konnte den Ordner %1 öffnen.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The saved configuration holds no SECRET, so no state image can be checked against it.</source>
        <translation>Die gespeicherte Konfiguration enthält kein SECRET, daher kann kein Zustandsabbild damit abgeglichen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n state image(s) can be imported under the current SECRET. Rotating the secret makes them unusable: export a fresh one afterwards.</source>
        <translation>
            <numerusform>%n Zustandsabbild kann unter dem aktuellen SECRET importiert werden. Ein Geheimniswechsel macht es unbrauchbar: Exportieren Sie danach ein neues.</numerusform>
            <numerusform>%n Zustandsabbilder können unter dem aktuellen SECRET importiert werden. Ein Geheimniswechsel macht sie unbrauchbar: Exportieren Sie danach ein neues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::history::BuildHistory</name>
    <message>
        <location filename="../src/core/history/BuildHistory.cpp" line="+243"/>
        <source>Cannot create the folder %1 for the build history.</source>
        <translation>Der Ordner %1 für den Build-Verlauf kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the build history %1: %2</source>
        <translation>Der Build-Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The build history %1 cannot be read and cannot be moved aside.</source>
        <translation>Der Build-Verlauf %1 kann weder gelesen noch zur Seite verschoben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The build history was written by a newer version of SBS Desktop, so it was moved to %1 and a new history was started.</source>
        <translation>Der Build-Verlauf wurde von einer neueren Version von SBS Desktop geschrieben; er wurde daher nach %1 verschoben und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The build history could not be read, so it was moved to %1 and a new history was started.</source>
        <translation>Der Build-Verlauf konnte nicht gelesen werden; er wurde daher nach %1 verschoben und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a new build history %1: %2</source>
        <translation>Der neue Build-Verlauf %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+62"/>
        <location line="+33"/>
        <location line="+14"/>
        <source>The build history is not open.</source>
        <translation>Der Build-Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>A build without a profile or a key cannot be stored.</source>
        <translation>Ein Build ohne Profil oder Schlüssel kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot save the build in the history: %1</source>
        <translation>Der Build kann nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the build history: %1</source>
        <translation>Der Build-Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The build is no longer in the history.</source>
        <translation>Der Build ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot remove the profile&apos;s builds from the history: %1</source>
        <translation>Die Builds des Profils können nicht aus dem Verlauf entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Build name</source>
        <translation>Build-Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (s)</source>
        <translation>%1 (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing command</source>
        <translation>Fehlgeschlagener Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sbs::models::BuildHistoryModel</name>
    <message>
        <location filename="../src/core/models/BuildHistoryModel.cpp" line="+54"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1
(exit code %2)</source>
        <translation>%1
(Exit-Code %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build name</source>
        <translation>Build-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image tag</source>
        <translation>Image-Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing command</source>
        <translation>Fehlgeschlagener Befehl</translation>
    </message>
</context>
<context>
    <name>sbs::models::CertificateTableModel</name>
    <message numerus="yes">
        <location filename="../src/core/models/CertificateTableModel.cpp" line="+43"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAN</source>
        <translation>SAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 fingerprint</source>
        <translation>Fingerabdruck</translation>
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
    <name>sbs::models::LogModel</name>
    <message>
        <location filename="../src/core/models/LogModel.cpp" line="+80"/>
        <source> … [1 more byte]</source>
        <translation> … [1 weiteres Byte]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> … [%1 more bytes]</source>
        <translation> … [%1 weitere Bytes]</translation>
    </message>
</context>
<context>
    <name>sbs::models::ManifestLibraryModel</name>
    <message>
        <location filename="../src/core/models/ManifestLibraryModel.cpp" line="+29"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature invalid</source>
        <translation>Signatur ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key missing</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive malformed</source>
        <translation>Archiv fehlerhaft</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key fingerprint (SHA-256): %1</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>There is no public key %1 beside the manifest, so it cannot be checked.</source>
        <translation>Neben dem Manifest liegt kein öffentlicher Schlüssel %1, daher kann es nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>sbs::models::ManifestTreeModel</name>
    <message>
        <location filename="../src/core/models/ManifestTreeModel.cpp" line="+213"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>sbs::models::ProfileListModel</name>
    <message>
        <location filename="../src/core/models/ProfileListModel.cpp" line="+28"/>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building</source>
        <translation>Build läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
</context>
<context>
    <name>sbs::models::ProfileSession</name>
    <message>
        <location filename="../src/core/models/ProfileSession.cpp" line="+49"/>
        <source>The server reports no build yet.</source>
        <translation>Der Server meldet noch keinen Build.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server was cleaned and is ready for a build.</source>
        <translation>Der Server wurde bereinigt und ist bereit für einen Build.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build is running: %1.</source>
        <translation>Ein Build läuft: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last build succeeded.</source>
        <translation>Der letzte Build war erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last build, %1, succeeded.</source>
        <translation>Der letzte Build, %1, war erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last build failed: %1</source>
        <translation>Der letzte Build ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server reports &quot;%1&quot;.</source>
        <translation>Der Server meldet „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <location line="+75"/>
        <location line="+15"/>
        <source>The configuration file %1 does not exist any more; restore it or remove the profile.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht mehr; stellen Sie sie wieder her oder entfernen Sie das Profil.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The server did not answer the status request.</source>
        <translation>Der Server hat die Statusabfrage nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Waiting for the first answer of the server.</source>
        <translation>Warten auf die erste Antwort des Servers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The %1 expires today or has expired; renew it on the Certificates page.</source>
        <translation>Das %1 läuft heute ab oder ist abgelaufen; erneuern Sie es auf der Seite „Zertifikate“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %1 expires in %n day(s); renew it on the Certificates page.</source>
        <translation>
            <numerusform>Das %1 läuft in %n Tag ab; erneuern Sie es auf der Seite „Zertifikate“.</numerusform>
            <numerusform>Das %1 läuft in %n Tagen ab; erneuern Sie es auf der Seite „Zertifikate“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server certificate</source>
        <translation>Server-Zertifikat</translation>
    </message>
</context>
<context>
    <name>sbs::models::RecoveryFlow</name>
    <message>
        <location filename="../src/core/models/RecoveryFlow.cpp" line="+31"/>
        <source>Check that the server is freshly started</source>
        <translation>Prüfen, ob der Server frisch gestartet ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the configuration (init)</source>
        <translation>Die Konfiguration senden (init)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the state image</source>
        <translation>Das Zustandsabbild importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the configuration again (update)</source>
        <translation>Die Konfiguration erneut senden (update)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a build</source>
        <translation>Einen Build starten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The state image %1 is only the metadata of an image kept in object storage: give its bucket to import it.</source>
        <translation>Das Zustandsabbild %1 enthält nur die Metadaten eines Zustandsabbilds in Object Storage: Geben Sie dessen Bucket an, um es zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No state image was given: choose a state image file, or a bucket and the image&apos;s name there.</source>
        <translation>Es wurde kein Zustandsabbild angegeben: Wählen Sie eine Zustandsabbild-Datei oder einen Bucket und den Namen des Zustandsabbilds darin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile is closed.</source>
        <translation>Das Profil ist geschlossen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>The profile was closed during the recovery.</source>
        <translation>Das Profil wurde während der Wiederherstellung geschlossen.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>the configuration has no SECRET: the state image can only be imported with the SECRET it was made under; add it to the configuration and save</source>
        <translation>die Konfiguration enthält kein SECRET: Das Zustandsabbild kann nur mit dem SECRET importiert werden, unter dem es erstellt wurde; ergänzen Sie es in der Konfiguration und speichern Sie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the server answered &quot;%1&quot;, not &quot;OK&quot;</source>
        <translation>der Server antwortete „%1“, nicht „OK“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server refused the object-storage request for the state image %1 in the bucket %2: %3</source>
        <translation>der Server hat die Object-Storage-Anfrage für das Zustandsabbild %1 im Bucket %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the bucket, the image&apos;s name there and the configuration&apos;s STATE_COS_* settings, or import from a state image file.</source>
        <translation>Prüfen Sie den Bucket, den Namen des Zustandsabbilds darin und die STATE_COS_*-Einstellungen der Konfiguration, oder importieren Sie aus einer Zustandsabbild-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that this server was started with the state secret file of the server that exported the image, and that the configuration&apos;s SECRET is the one the image was made under.</source>
        <translation>Prüfen Sie, ob dieser Server mit der Zustandsgeheimnis-Datei des Servers gestartet wurde, der das Zustandsabbild exportiert hat, und ob das SECRET der Konfiguration dasjenige ist, unter dem das Zustandsabbild erstellt wurde.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the server is freshly started</source>
        <translation>der Server ist frisch gestartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its status is &quot;%1&quot; and it has built %2</source>
        <translation>sein Status ist „%1“ und er hat %2 gebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has built %1</source>
        <translation>er hat %1 gebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its status is &quot;%1&quot;</source>
        <translation>sein Status ist „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server is not freshly started: %1. Importing a state image would replace its keys and build history; start a new server for the recovery (to overwrite this one on purpose, use sbsctl post-state-image).</source>
        <translation>Dieser Server ist nicht frisch gestartet: %1. Der Import eines Zustandsabbilds würde seine Schlüssel und seinen Build-Verlauf ersetzen; starten Sie für die Wiederherstellung einen neuen Server (um diesen absichtlich zu überschreiben, verwenden Sie sbsctl post-state-image).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server answered &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>der Server antwortete „%1“, nicht „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recovery stopped at &quot;%1&quot;: %2</source>
        <translation>Die Wiederherstellung hat bei „%1“ angehalten: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The state image was imported and the configuration sent; the build has started.</source>
        <translation>Das Zustandsabbild wurde importiert und die Konfiguration gesendet; der Build wurde gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state image was imported and the configuration sent; start a build when you are ready.</source>
        <translation>Das Zustandsabbild wurde importiert und die Konfiguration gesendet; starten Sie einen Build, wenn Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>sbs::models::StateImageListModel</name>
    <message>
        <location filename="../src/core/models/StateImageListModel.cpp" line="+58"/>
        <location line="+18"/>
        <location line="+36"/>
        <source>The state image records are not open.</source>
        <translation>Die Aufzeichnungen zu den Zustandsabbildern sind nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>A state image without a file cannot be recorded.</source>
        <translation>Ein Zustandsabbild ohne Datei kann nicht verzeichnet werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not in the list of state images.</source>
        <translation>%1 ist nicht in der Liste der Zustandsabbilder.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Current secret</source>
        <translation>Aktuelles Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusable (older secret)</source>
        <translation>Unbrauchbar (älteres Geheimnis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Made under the SECRET the configuration holds now: a freshly started server with the same server secret can import it.</source>
        <translation>Unter dem SECRET erstellt, das die Konfiguration jetzt enthält: Ein frisch gestarteter Server mit demselben Server-Geheimnis kann es importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made under a SECRET that was replaced on %1; the server refuses it.</source>
        <translation>Unter einem SECRET erstellt, das am %1 ersetzt wurde; der Server lehnt es ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made under a SECRET other than the one the configuration holds now; the server refuses it.</source>
        <translation>Unter einem anderen SECRET erstellt als dem, das die Konfiguration jetzt enthält; der Server lehnt es ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration holds no SECRET, so whether this image can be imported is not known.</source>
        <translation>Die Konfiguration enthält kein SECRET, daher ist nicht bekannt, ob dieses Zustandsabbild importiert werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported before this profile recorded secrets, or imported from elsewhere: whether it was made under the current SECRET is not known.</source>
        <translation>Exportiert, bevor dieses Profil Geheimnisse verzeichnete, oder von anderswo importiert: Ob es unter dem aktuellen SECRET erstellt wurde, ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bucket %1</source>
        <translation>Bucket %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
From the server %2</source>
        <translation>%1
Vom Server %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the bucket %1; the metadata file is %2</source>
        <translation>Im Bucket %1; die Metadatendatei ist %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export tag</source>
        <translation>Export-Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in</source>
        <translation>Abgelegt in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
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
<context>
    <name>sbs::util::LocalServer</name>
    <message>
        <location filename="../src/core/util/LocalServer.cpp" line="+99"/>
        <source>SBS_BUILD_DIR is %1, but its bin folder has no sbs-server and sbsctl: build them or correct SBS_BUILD_DIR.</source>
        <translation>SBS_BUILD_DIR ist %1, aber dessen Ordner bin enthält weder sbs-server noch sbsctl: Erstellen Sie die Programme oder korrigieren Sie SBS_BUILD_DIR.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sbs-server and sbsctl were not found next to this program: install them with it, or set SBS_BUILD_DIR to the build folder that holds them in bin.</source>
        <translation>sbs-server und sbsctl wurden nicht neben diesem Programm gefunden: Installieren Sie sie zusammen mit diesem Programm oder setzen Sie SBS_BUILD_DIR auf den Build-Ordner, der sie in bin enthält.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The script that starts a local server (scripts/demo.sh) was not found: install it with sbs-desktop, or set SBS_DEMO_SCRIPT to its path.</source>
        <translation>Das Skript, das einen lokalen Server startet (scripts/demo.sh), wurde nicht gefunden: Installieren Sie es mit sbs-desktop oder setzen Sie SBS_DEMO_SCRIPT auf seinen Pfad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bash was not found: install it to start a local server.</source>
        <translation>bash wurde nicht gefunden: Installieren Sie es, um einen lokalen Server zu starten.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The local server did not stop (exit code %1): see its output.</source>
        <translation>Der lokale Server konnte nicht gestoppt werden (Exit-Code %1): Details stehen in seiner Ausgabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local server did not stop: %1.</source>
        <translation>Der lokale Server konnte nicht gestoppt werden: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local server did not start (exit code %1): see its output.</source>
        <translation>Der lokale Server konnte nicht gestartet werden (Exit-Code %1): Details stehen in seiner Ausgabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local server did not start: %1.</source>
        <translation>Der lokale Server konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. What had already started keeps running and is reused the next time.</source>
        <translation>Abgebrochen. Was bereits gestartet wurde, läuft weiter und wird beim nächsten Mal wiederverwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The script that starts the local server crashed: start it again.</source>
        <translation>Das Skript, das den lokalen Server startet, ist abgestürzt: Starten Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The local server started, but the script named no configuration file: see its output.</source>
        <translation>Der lokale Server wurde gestartet, aber das Skript hat keine Konfigurationsdatei genannt: Details stehen in seiner Ausgabe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bash could not run %1: %2.</source>
        <translation>bash konnte %1 nicht ausführen: %2.</translation>
    </message>
</context>
</TS>
