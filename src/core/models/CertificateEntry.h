#pragma once

#include "pki/CertificateInfo.h"

#include <QList>
#include <QString>
#include <optional>

namespace sbs::models {

// One row of the certificates page: a certificate of the profile (CA, client, server), or a key
// file that is missing, with what is wrong with it and the action that fixes it.
struct CertificateEntry
{
    enum class Kind {
        Ca, // the client CA (generated, or the user's own: CAPATH)
        Client, // CLIENT_CRT_KEY: the client certificate followed by its key
        Server, // the server certificate (CERTPATH)
        CaKey, // the CA key (CAKEYPATH); a row only when it is missing
        ServerKey, // server-cert-key.pem next to the server certificate; a row only when missing
    };

    // How urgent something is. Days left use None (no certificate), Ok, Warning and Critical;
    // problems use Info (not created yet), Warning and Critical.
    enum class Severity { None, Ok, Info, Warning, Critical };

    // What the page offers to set a problem right.
    enum class Fix {
        None, // the user has to act elsewhere (the message says where)
        Generate, // create what is missing (create-client-cert, create-server-cert)
        ReplaceServer, // a new server key and certificate for HOSTNAME (create-server-cert --force)
        Renew, // new client and server certificates from the same CA (renew-certs)
        StartOver, // delete the default files, then generate everything again
        ChooseOwnCa, // choose the CA certificate and key files again (CAPATH, CAKEYPATH)
    };

    struct Problem
    {
        QString text; // one translated sentence that says what to do
        Severity severity = Severity::Warning;
        Fix fix = Fix::None;
    };

    Kind kind = Kind::Ca;
    QString path; // absolute; empty when the layout cannot be resolved
    bool present = false; // the file exists
    bool ownCa = false; // CAPATH/CAKEYPATH mode: the CA files are the user's
    std::optional<pki::CertificateInfo> info; // when the certificate could be read
    QString createdBy; // for a missing file: what creates it
    QList<Problem> problems;

    // The most urgent problem, or nullptr when there is none.
    const Problem* worstProblem() const
    {
        const Problem* worst = nullptr;
        for (const Problem& problem : problems) {
            if (!worst || int(problem.severity) > int(worst->severity))
                worst = &problem;
        }
        return worst;
    }
};

} // namespace sbs::models
