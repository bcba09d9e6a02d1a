#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The relationships of one part of an Office Open XML package (a _rels/*.rels part): which part each id or type
// points to, with targets resolved to package paths ("xl/worksheets/sheet1.xml").
class OpcRelationships
{
public:
    struct Relationship
    {
        QString id;
        QString type;   // the full type URI
        QString target; // the package path, without a leading '/'
    };

    // Parses a .rels part that belongs to sourcePart ("" for the package itself, "xl/workbook.xml" for the
    // workbook). External targets are left out. False on malformed XML.
    bool parse(const QByteArray &xml, const QString &sourcePart);

    // The relationship with that id; nullptr when there is none.
    const Relationship *byId(const QString &id) const;
    // The first relationship whose type ends with "/" + typeSuffix ("officeDocument", "sharedStrings"): the
    // transitional and strict type URIs differ only before it. nullptr when there is none.
    const Relationship *byType(QStringView typeSuffix) const;

    // The .rels part holding a part's relationships: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
    static QString relsPathFor(const QString &part);
    // A target as a package path: absolute ("/xl/a.xml") or relative to the source part's folder, with "." and
    // ".." resolved.
    static QString resolve(const QString &sourcePart, const QString &target);

private:
    QList<Relationship> m_relationships;
};
