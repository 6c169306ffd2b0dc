#include "core/Labels.h"

#include "core/RunCoder.h"
#include "core/VectorMath.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rc {

namespace {

// Messages of the core model (context "Labels" in the translations).
struct LabelsTr {
  Q_DECLARE_TR_FUNCTIONS(Labels)
};


// ----- JSON helpers --------------------------------------------------------------------

QJsonValue codeToJson(const CodedConcept& c) {
  if (c.isEmpty()) return QJsonValue();
  return QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("scheme"), c.scheme}, {QStringLiteral("meaning"), c.meaning}};
}

CodedConcept codeFromJson(const QJsonValue& v) {
  const QJsonObject o = v.toObject();
  return {o.value(QStringLiteral("value")).toString(), o.value(QStringLiteral("scheme")).toString(),
          o.value(QStringLiteral("meaning")).toString()};
}

QJsonArray vecToJson(const Vec3& v) { return {v[0], v[1], v[2]}; }
Vec3 vecFromJson(const QJsonValue& v) {
  const QJsonArray a = v.toArray();
  return {a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble()};
}

const char* regionName(MeasurementRegion r) {
  switch (r) {
    case MeasurementRegion::ImageBox: return "image-box";
    case MeasurementRegion::VolumeBox: return "volume-box";
    case MeasurementRegion::Segment: return "segment";
    case MeasurementRegion::None: break;
  }
  return "none";
}

MeasurementRegion regionFromName(const QString& name) {
  for (MeasurementRegion r : {MeasurementRegion::ImageBox, MeasurementRegion::VolumeBox, MeasurementRegion::Segment})
    if (name == QLatin1String(regionName(r))) return r;
  return MeasurementRegion::None;
}

QJsonObject imageRefToJson(const ImageReference& r) {
  return {{QStringLiteral("sopClass"), r.sopClassUid}, {QStringLiteral("sopInstance"), r.sopInstanceUid},
          {QStringLiteral("frame"), r.frame}};
}

ImageReference imageRefFromJson(const QJsonObject& o) {
  return {o.value(QStringLiteral("sopClass")).toString(), o.value(QStringLiteral("sopInstance")).toString(),
          o.value(QStringLiteral("frame")).toInt()};
}

QJsonObject graphicToJson(const Graphic& g) {
  QJsonArray points;
  if (g.is3D())
    for (const Vec3& p : g.points3D) points.append(vecToJson(p));
  else
    for (const auto& p : g.points) points.append(QJsonArray{p[0], p[1]});
  QJsonObject o{{QStringLiteral("type"), graphicTypeName(g.type)}, {QStringLiteral("points"), points}};
  if (g.is3D()) o.insert(QStringLiteral("frameOfReference"), g.frameOfReferenceUid);
  else o.insert(QStringLiteral("image"), imageRefToJson(g.image));
  return o;
}

std::optional<Graphic> graphicFromJson(const QJsonValue& value) {
  if (!value.isObject()) return std::nullopt;
  const QJsonObject o = value.toObject();
  const auto type = graphicTypeFromName(o.value(QStringLiteral("type")).toString());
  if (!type) return std::nullopt;
  Graphic g;
  g.type = *type;
  g.frameOfReferenceUid = o.value(QStringLiteral("frameOfReference")).toString();
  g.image = imageRefFromJson(o.value(QStringLiteral("image")).toObject());
  for (const QJsonValue& p : o.value(QStringLiteral("points")).toArray()) {
    const QJsonArray a = p.toArray();
    if (g.is3D()) g.points3D.push_back(vecFromJson(a));
    else g.points.push_back({a.at(0).toDouble(), a.at(1).toDouble()});
  }
  return g;
}

}  // namespace

std::array<std::uint8_t, 3> segmentPaletteColor(int n) {
  static const std::array<std::uint8_t, 3> first[] = {{230, 80, 60},  {60, 170, 230}, {110, 200, 110}, {240, 200, 60},
                                                      {190, 70, 200}, {250, 140, 30}, {70, 120, 230},  {200, 200, 200}};
  if (n >= 0 && n < int(std::size(first))) return first[size_t(n)];
  const double hue = std::fmod(0.1 + 0.6180339887498949 * n, 1.0);
  const double saturation = n % 2 ? 0.55 : 0.75, value = n % 3 ? 0.95 : 0.8;
  const double h = hue * 6, f = h - std::floor(h);
  const double p = value * (1 - saturation), q = value * (1 - saturation * f), t = value * (1 - saturation * (1 - f));
  double r = 0, g = 0, b = 0;
  switch (int(h) % 6) {
    case 0: r = value, g = t, b = p; break;
    case 1: r = q, g = value, b = p; break;
    case 2: r = p, g = value, b = t; break;
    case 3: r = p, g = q, b = value; break;
    case 4: r = t, g = p, b = value; break;
    default: r = value, g = p, b = q; break;
  }
  return {std::uint8_t(std::lround(r * 255)), std::uint8_t(std::lround(g * 255)), std::uint8_t(std::lround(b * 255))};
}

// ----- names -----------------------------------------------------------------------------

QString segmentAlgorithmName(SegmentAlgorithm algorithm) {
  switch (algorithm) {
    case SegmentAlgorithm::Semiautomatic: return QStringLiteral("SEMIAUTOMATIC");
    case SegmentAlgorithm::Automatic: return QStringLiteral("AUTOMATIC");
    case SegmentAlgorithm::Manual: break;
  }
  return QStringLiteral("MANUAL");
}

std::optional<SegmentAlgorithm> segmentAlgorithmFromName(const QString& name) {
  for (SegmentAlgorithm a : {SegmentAlgorithm::Manual, SegmentAlgorithm::Semiautomatic, SegmentAlgorithm::Automatic})
    if (name.trimmed().compare(segmentAlgorithmName(a), Qt::CaseInsensitive) == 0) return a;
  return std::nullopt;
}

// ----- VolumeBox -------------------------------------------------------------------------

std::array<Vec3, 8> VolumeBox::corners() const {
  std::array<Vec3, 8> c{};
  for (int n = 0; n < 8; ++n)
    for (int d = 0; d < 3; ++d)
      c[size_t(n)][size_t(d)] = origin[size_t(d)] + ((n & 1) ? edges[0][size_t(d)] : 0) +
                                ((n & 2) ? edges[1][size_t(d)] : 0) + ((n & 4) ? edges[2][size_t(d)] : 0);
  return c;
}

bool VolumeBox::contains(const Vec3& point, double tolerance) const {
  // Solve point - origin = a*e0 + b*e1 + c*e2 (Cramer's rule; the edges need not be
  // orthogonal: a tilted gantry shears the slices).
  const Vec3 p = sub(point, origin);
  const double det = dot(edges[0], cross(edges[1], edges[2]));
  if (std::abs(det) < 1e-12) return false;
  const double coefficient[3] = {dot(p, cross(edges[1], edges[2])) / det, dot(edges[0], cross(p, edges[2])) / det,
                                 dot(edges[0], cross(edges[1], p)) / det};
  for (int d = 0; d < 3; ++d) {
    const double length = std::sqrt(dot(edges[size_t(d)], edges[size_t(d)]));
    const double slack = tolerance / length;
    if (coefficient[d] < -slack || coefficient[d] > 1 + slack) return false;
  }
  return true;
}

VolumeBox VolumeBox::aroundVoxels(const Volume& volume, const IndexBox& b) {
  VolumeBox box;
  box.frameOfReferenceUid = volume.frameOfReferenceUid;
  box.origin = volume.indexToPatient(b.lo[0] - 0.5, b.lo[1] - 0.5, b.lo[2] - 0.5);
  for (int d = 0; d < 3; ++d) {
    const double extent = double(b.size(d)) * volume.spacing[size_t(d)];
    for (int c = 0; c < 3; ++c) box.edges[size_t(d)][size_t(c)] = volume.axes[size_t(d)][size_t(c)] * extent;
  }
  return box;
}

// ----- LabelSet --------------------------------------------------------------------------

const Segment* LabelSet::segment(int number) const {
  for (const Segment& s : segments)
    if (s.number == number) return &s;
  return nullptr;
}

Segment* LabelSet::segment(int number) {
  for (Segment& s : segments)
    if (s.number == number) return &s;
  return nullptr;
}

const Finding* LabelSet::finding(const QString& trackingUid) const {
  for (const Finding& f : findings)
    if (f.trackingUid == trackingUid) return &f;
  return nullptr;
}

int ImportedObject::storeNumber(int segNumber) const {
  for (const auto& [seg, store] : segmentNumbers)
    if (seg == segNumber) return store;
  return 0;
}

const ImportedObject* LabelSet::imported(const QString& sopInstanceUid) const {
  for (const ImportedObject& o : importedObjects)
    if (o.sopInstanceUid == sopInstanceUid) return &o;
  return nullptr;
}

int LabelSet::nextSegmentNumber() const {
  int next = 1;
  for (const Segment& s : segments) next = std::max(next, s.number + 1);
  return next;
}

QString graphicTypeName(GraphicType type) {
  switch (type) {
    case GraphicType::Point: return QStringLiteral("POINT");
    case GraphicType::Multipoint: return QStringLiteral("MULTIPOINT");
    case GraphicType::Polyline: return QStringLiteral("POLYLINE");
    case GraphicType::Polygon: return QStringLiteral("POLYGON");
    case GraphicType::Circle: return QStringLiteral("CIRCLE");
    case GraphicType::Ellipse: return QStringLiteral("ELLIPSE");
  }
  return QString();
}

std::optional<GraphicType> graphicTypeFromName(const QString& name) {
  for (GraphicType t : {GraphicType::Point, GraphicType::Multipoint, GraphicType::Polyline, GraphicType::Polygon,
                        GraphicType::Circle, GraphicType::Ellipse})
    if (name == graphicTypeName(t)) return t;
  return std::nullopt;
}

bool isPhysicalUnit(const CodedConcept& unit) {
  if (unit.scheme != QLatin1String("UCUM")) return false;
  static const QStringList pixels = {QStringLiteral("px"), QStringLiteral("[px]"), QStringLiteral("pixel"), QStringLiteral("pixels"),
                                     QStringLiteral("px2"), QStringLiteral("px\u00b2"), QStringLiteral("[px]2")};
  return !pixels.contains(unit.value.trimmed(), Qt::CaseInsensitive) && !pixels.contains(unit.meaning.trimmed(), Qt::CaseInsensitive);
}

QString impossibleValueIn(const Finding& finding) {
  const QString name = finding.trackingId.isEmpty() ? LabelsTr::tr("a finding") : LabelsTr::tr("finding \"%1\"").arg(finding.trackingId);
  auto bad = [](double v) { return !std::isfinite(v); };
  auto badPoint = [&](const Vec3& p) { return bad(p[0]) || bad(p[1]) || bad(p[2]); };
  auto badGraphic = [&](const Graphic& g) {
    for (const auto& p : g.points)
      if (bad(p[0]) || bad(p[1])) return true;
    return std::any_of(g.points3D.begin(), g.points3D.end(), badPoint);
  };
  for (const Measurement& m : finding.measurements) {
    const QString what = m.concept.meaning.isEmpty() ? m.concept.value : m.concept.meaning;
    if (bad(m.value)) return LabelsTr::tr("%1: measurement \"%2\" is %3").arg(name, what, QString::number(m.value));
    if (m.graphic && badGraphic(*m.graphic)) return LabelsTr::tr("%1: measurement \"%2\" is drawn at a point that is not a number").arg(name, what);
  }
  if (finding.longAxisMm && bad(*finding.longAxisMm)) return LabelsTr::tr("%1: the long axis is %2 mm").arg(name, QString::number(*finding.longAxisMm));
  if (finding.shortAxisMm && bad(*finding.shortAxisMm)) return LabelsTr::tr("%1: the short axis is %2 mm").arg(name, QString::number(*finding.shortAxisMm));
  for (const Graphic& g : finding.graphics)
    if (badGraphic(g)) return LabelsTr::tr("%1: a drawing has a point that is not a number").arg(name);
  if (const auto& b = finding.imageBox; b && (bad(b->left) || bad(b->top) || bad(b->right) || bad(b->bottom)))
    return LabelsTr::tr("%1: the box has a corner that is not a number").arg(name);
  if (const auto& b = finding.volumeBox; b && (badPoint(b->origin) || std::any_of(b->edges.begin(), b->edges.end(), badPoint)))
    return LabelsTr::tr("%1: the 3D box has a corner that is not a number").arg(name);
  if (const auto& r = finding.ruler;
      r && (std::any_of(r->longAxis.begin(), r->longAxis.end(), badPoint) || std::any_of(r->shortAxis.begin(), r->shortAxis.end(), badPoint)))
    return LabelsTr::tr("%1: the ruler has an end that is not a number").arg(name);
  return QString();
}

QStringList describeMeasurements(const Finding& finding) {
  QStringList lines;
  for (const Measurement& m : finding.measurements) {
    QString line = QStringLiteral("%1 %2 %3").arg(m.concept.meaning).arg(m.value, 0, 'g', 6).arg(m.unit.meaning.isEmpty() ? m.unit.value : m.unit.meaning);
    if (m.graphic) line += QLatin1Char(' ') + LabelsTr::tr("(drawn: %1)").arg(graphicTypeName(m.graphic->type).toLower());
    if (!isPhysicalUnit(m.unit)) line += QLatin1Char(' ') + LabelsTr::tr("[unit as written, not physical: not comparable with mm]");
    lines << line;
  }
  return lines;
}

QJsonObject LabelSet::toJson() const {
  QJsonArray segmentArray;
  for (const Segment& s : segments) {
    segmentArray.append(QJsonObject{
        {QStringLiteral("number"), s.number},
        {QStringLiteral("label"), s.label},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("category"), codeToJson(s.category)},
        {QStringLiteral("type"), codeToJson(s.type)},
        {QStringLiteral("anatomicRegion"), codeToJson(s.anatomicRegion)},
        {QStringLiteral("algorithm"), segmentAlgorithmName(s.algorithm)},
        {QStringLiteral("algorithmName"), s.algorithmName},
        {QStringLiteral("color"), QJsonArray{s.color[0], s.color[1], s.color[2]}},
        {QStringLiteral("trackingId"), s.trackingId},
        {QStringLiteral("trackingUid"), s.trackingUid},
        {QStringLiteral("verified"), s.verified},
        {QStringLiteral("verifiedBy"), s.verifiedBy},
        {QStringLiteral("verifiedAt"), s.verifiedAt},
        {QStringLiteral("locked"), s.locked},
    });
  }
  QJsonArray findingArray;
  for (const Finding& f : findings) {
    QJsonArray evaluations, measurements, moreSites;
    for (const CodedConcept& site : f.moreSites) moreSites.append(codeToJson(site));
    for (const QualitativeEvaluation& e : f.evaluations)
      evaluations.append(QJsonObject{{QStringLiteral("concept"), codeToJson(e.concept)}, {QStringLiteral("value"), codeToJson(e.value)}});
    for (const Measurement& m : f.measurements)
      measurements.append(QJsonObject{{QStringLiteral("concept"), codeToJson(m.concept)},
                                      {QStringLiteral("value"), m.value},
                                      {QStringLiteral("unit"), codeToJson(m.unit)},
                                      {QStringLiteral("derivation"), codeToJson(m.derivation)},
                                      {QStringLiteral("region"), QLatin1String(regionName(m.region))},
                                      {QStringLiteral("graphic"), m.graphic ? QJsonValue(graphicToJson(*m.graphic)) : QJsonValue()}});
    QJsonObject o{{QStringLiteral("trackingId"), f.trackingId},
                  {QStringLiteral("trackingUid"), f.trackingUid},
                  {QStringLiteral("finding"), codeToJson(f.finding)},
                  {QStringLiteral("site"), codeToJson(f.site)},
                  {QStringLiteral("laterality"), codeToJson(f.laterality)},
                  {QStringLiteral("moreSites"), moreSites},
                  {QStringLiteral("evaluations"), evaluations},
                  {QStringLiteral("measurements"), measurements},
                  {QStringLiteral("segmentNumber"), f.segmentNumber},
                  {QStringLiteral("diseaseClass"), codeToJson(f.diseaseClass)},
                  {QStringLiteral("certainty"), codeToJson(f.certainty)},
                  {QStringLiteral("comment"), f.comment},
                  {QStringLiteral("reader"), f.reader},
                  {QStringLiteral("createdAt"), f.createdAt},
                  {QStringLiteral("updatedAt"), f.updatedAt}};
    if (f.longAxisMm) o.insert(QStringLiteral("longAxisMm"), *f.longAxisMm);
    if (f.shortAxisMm) o.insert(QStringLiteral("shortAxisMm"), *f.shortAxisMm);
    if (f.ruler)
      o.insert(QStringLiteral("ruler"), QJsonArray{vecToJson(f.ruler->longAxis[0]), vecToJson(f.ruler->longAxis[1]),
                                                   vecToJson(f.ruler->shortAxis[0]), vecToJson(f.ruler->shortAxis[1])});
    if (!f.graphics.empty()) {
      QJsonArray graphics;
      for (const Graphic& g : f.graphics) graphics.append(graphicToJson(g));
      o.insert(QStringLiteral("graphics"), graphics);
    }
    if (f.imageBox) {
      const ImageBox& b = *f.imageBox;
      o.insert(QStringLiteral("imageBox"), QJsonObject{{QStringLiteral("image"), imageRefToJson(b.image)},
                                                      {QStringLiteral("rect"), QJsonArray{b.left, b.top, b.right, b.bottom}},
                                                      {QStringLiteral("spacing"), QJsonArray{b.rowSpacingMm, b.columnSpacingMm}}});
    }
    if (f.volumeBox) {
      const VolumeBox& b = *f.volumeBox;
      o.insert(QStringLiteral("volumeBox"),
               QJsonObject{{QStringLiteral("frameOfReference"), b.frameOfReferenceUid},
                           {QStringLiteral("origin"), vecToJson(b.origin)},
                           {QStringLiteral("edges"), QJsonArray{vecToJson(b.edges[0]), vecToJson(b.edges[1]), vecToJson(b.edges[2])}}});
    }
    findingArray.append(o);
  }
  QJsonArray importedArray;
  for (const ImportedObject& o : importedObjects) {
    QJsonArray numbers;
    for (const auto& [seg, store] : o.segmentNumbers) numbers.append(QJsonArray{seg, store});
    importedArray.append(QJsonObject{{QStringLiteral("sopInstance"), o.sopInstanceUid},
                                     {QStringLiteral("kind"), o.kind},
                                     {QStringLiteral("segments"), numbers}});
  }
  return {{QStringLiteral("format"), 1},
          {QStringLiteral("series"), seriesInstanceUid},
          {QStringLiteral("observer"), observerName},
          {QStringLiteral("procedure"), codeToJson(procedure)},
          {QStringLiteral("segments"), segmentArray},
          {QStringLiteral("findings"), findingArray},
          {QStringLiteral("imported"), importedArray},
          {QStringLiteral("noFinding"), noFinding},
          {QStringLiteral("noFindingBy"), noFindingBy},
          {QStringLiteral("noFindingAt"), noFindingAt}};
}

Result<LabelSet> LabelSet::fromJson(const QJsonObject& json) {
  if (json.value(QStringLiteral("format")).toInt() != 1) return fail(LabelsTr::tr("unknown label format"));
  LabelSet set;
  set.seriesInstanceUid = json.value(QStringLiteral("series")).toString();
  set.observerName = json.value(QStringLiteral("observer")).toString();
  set.procedure = codeFromJson(json.value(QStringLiteral("procedure")));
  for (const QJsonValue& v : json.value(QStringLiteral("segments")).toArray()) {
    const QJsonObject o = v.toObject();
    Segment s;
    s.number = o.value(QStringLiteral("number")).toInt();
    s.label = o.value(QStringLiteral("label")).toString();
    s.description = o.value(QStringLiteral("description")).toString();
    s.category = codeFromJson(o.value(QStringLiteral("category")));
    s.type = codeFromJson(o.value(QStringLiteral("type")));
    s.anatomicRegion = codeFromJson(o.value(QStringLiteral("anatomicRegion")));
    s.algorithm = segmentAlgorithmFromName(o.value(QStringLiteral("algorithm")).toString()).value_or(SegmentAlgorithm::Manual);
    s.algorithmName = o.value(QStringLiteral("algorithmName")).toString();
    const QJsonArray color = o.value(QStringLiteral("color")).toArray();
    for (int c = 0; c < 3 && c < color.size(); ++c) s.color[size_t(c)] = std::uint8_t(std::clamp(color.at(c).toInt(), 0, 255));
    s.trackingId = o.value(QStringLiteral("trackingId")).toString();
    s.trackingUid = o.value(QStringLiteral("trackingUid")).toString();
    s.verified = o.value(QStringLiteral("verified")).toBool(true);
    s.verifiedBy = o.value(QStringLiteral("verifiedBy")).toString();
    s.verifiedAt = o.value(QStringLiteral("verifiedAt")).toString();
    s.locked = o.value(QStringLiteral("locked")).toBool(false);
    if (s.number <= 0) return fail(LabelsTr::tr("segment without a number"));
    set.segments.push_back(std::move(s));
  }
  for (const QJsonValue& v : json.value(QStringLiteral("findings")).toArray()) {
    const QJsonObject o = v.toObject();
    Finding f;
    f.trackingId = o.value(QStringLiteral("trackingId")).toString();
    f.trackingUid = o.value(QStringLiteral("trackingUid")).toString();
    f.finding = codeFromJson(o.value(QStringLiteral("finding")));
    f.site = codeFromJson(o.value(QStringLiteral("site")));
    f.laterality = codeFromJson(o.value(QStringLiteral("laterality")));
    for (const QJsonValue& site : o.value(QStringLiteral("moreSites")).toArray()) f.moreSites.push_back(codeFromJson(site));
    for (const QJsonValue& e : o.value(QStringLiteral("evaluations")).toArray())
      f.evaluations.push_back({codeFromJson(e.toObject().value(QStringLiteral("concept"))),
                               codeFromJson(e.toObject().value(QStringLiteral("value")))});
    for (const QJsonValue& m : o.value(QStringLiteral("measurements")).toArray()) {
      const QJsonObject mo = m.toObject();
      f.measurements.push_back({codeFromJson(mo.value(QStringLiteral("concept"))), mo.value(QStringLiteral("value")).toDouble(),
                                codeFromJson(mo.value(QStringLiteral("unit"))), codeFromJson(mo.value(QStringLiteral("derivation"))),
                                regionFromName(mo.value(QStringLiteral("region")).toString()),
                                graphicFromJson(mo.value(QStringLiteral("graphic")))});
    }
    if (o.contains(QStringLiteral("imageBox"))) {
      const QJsonObject b = o.value(QStringLiteral("imageBox")).toObject();
      const QJsonArray r = b.value(QStringLiteral("rect")).toArray();
      const QJsonArray spacing = b.value(QStringLiteral("spacing")).toArray();
      f.imageBox = ImageBox{imageRefFromJson(b.value(QStringLiteral("image")).toObject()),
                            r.at(0).toDouble(),
                            r.at(1).toDouble(),
                            r.at(2).toDouble(),
                            r.at(3).toDouble(),
                            spacing.at(0).toDouble(),
                            spacing.at(1).toDouble()};
    }
    if (o.contains(QStringLiteral("volumeBox"))) {
      const QJsonObject b = o.value(QStringLiteral("volumeBox")).toObject();
      VolumeBox box;
      box.frameOfReferenceUid = b.value(QStringLiteral("frameOfReference")).toString();
      box.origin = vecFromJson(b.value(QStringLiteral("origin")));
      const QJsonArray edges = b.value(QStringLiteral("edges")).toArray();
      for (int d = 0; d < 3; ++d) box.edges[size_t(d)] = vecFromJson(edges.at(d));
      f.volumeBox = box;
    }
    for (const QJsonValue& g : o.value(QStringLiteral("graphics")).toArray())
      if (auto graphic = graphicFromJson(g)) f.graphics.push_back(std::move(*graphic));
    f.segmentNumber = o.value(QStringLiteral("segmentNumber")).toInt();
    f.diseaseClass = codeFromJson(o.value(QStringLiteral("diseaseClass")));
    f.certainty = codeFromJson(o.value(QStringLiteral("certainty")));
    f.comment = o.value(QStringLiteral("comment")).toString();
    f.reader = o.value(QStringLiteral("reader")).toString();
    f.createdAt = o.value(QStringLiteral("createdAt")).toString();
    f.updatedAt = o.value(QStringLiteral("updatedAt")).toString();
    if (o.contains(QStringLiteral("longAxisMm"))) f.longAxisMm = o.value(QStringLiteral("longAxisMm")).toDouble();
    if (o.contains(QStringLiteral("shortAxisMm"))) f.shortAxisMm = o.value(QStringLiteral("shortAxisMm")).toDouble();
    const QJsonArray ruler = o.value(QStringLiteral("ruler")).toArray();
    if (ruler.size() == 4)
      f.ruler = AxisRuler{{vecFromJson(ruler.at(0)), vecFromJson(ruler.at(1))}, {vecFromJson(ruler.at(2)), vecFromJson(ruler.at(3))}};
    set.findings.push_back(std::move(f));
  }
  for (const QJsonValue& v : json.value(QStringLiteral("imported")).toArray()) {
    const QJsonObject o = v.toObject();
    ImportedObject imported{o.value(QStringLiteral("sopInstance")).toString(), o.value(QStringLiteral("kind")).toString(), {}};
    for (const QJsonValue& pair : o.value(QStringLiteral("segments")).toArray())
      imported.segmentNumbers.emplace_back(pair.toArray().at(0).toInt(), pair.toArray().at(1).toInt());
    set.importedObjects.push_back(std::move(imported));
  }
  set.noFinding = json.value(QStringLiteral("noFinding")).toBool(false);
  set.noFindingBy = json.value(QStringLiteral("noFindingBy")).toString();
  set.noFindingAt = json.value(QStringLiteral("noFindingAt")).toString();
  return set;
}

}  // namespace rc
