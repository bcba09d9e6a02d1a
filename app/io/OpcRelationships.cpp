#include "OpcRelationships.h"

#include <QStringList>
#include <QXmlStreamReader>

QString OpcRelationships::relsPathFor(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) % u"_rels/" % part.mid(slash + 1) % u".rels";
}

QString OpcRelationships::resolve(const QString &sourcePart, const QString &target)
{
    QString path = target;
    if (!path.startsWith(u'/')) {
        path = sourcePart.left(sourcePart.lastIndexOf(u'/') + 1) + path;
    }
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
        } else if (segment != u".") {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}

bool OpcRelationships::parse(const QByteArray &xml, const QString &sourcePart)
{
    m_relationships.clear();
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"Relationship") {
            continue;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.value(QLatin1String("TargetMode")).compare(u"External", Qt::CaseInsensitive) == 0) {
            continue;
        }
        m_relationships.append({attributes.value(QLatin1String("Id")).toString(),
                                attributes.value(QLatin1String("Type")).toString(),
                                resolve(sourcePart, attributes.value(QLatin1String("Target")).toString())});
    }
    return !reader.hasError();
}

const OpcRelationships::Relationship *OpcRelationships::byId(const QString &id) const
{
    for (const Relationship &relationship : m_relationships) {
        if (relationship.id == id) {
            return &relationship;
        }
    }
    return nullptr;
}

const OpcRelationships::Relationship *OpcRelationships::byType(QStringView typeSuffix) const
{
    for (const Relationship &relationship : m_relationships) {
        const QStringView type = relationship.type;
        if (type.endsWith(typeSuffix) && type.size() > typeSuffix.size() &&
            type.at(type.size() - typeSuffix.size() - 1) == u'/') {
            return &relationship;
        }
    }
    return nullptr;
}
