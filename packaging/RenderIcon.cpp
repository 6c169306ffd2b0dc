// Build step: the application icon as PNGs (16 to 256 px) for the desktop's hicolor theme and
// the window icon. Debian's Qt 6 here has no SVG module, so resources/radcurator.svg cannot be
// loaded at run time; this draws the same picture (keep the two alike) with QPainter.
//
//   RenderIcon OUT_DIR SIZE...      writes OUT_DIR/radcurator-SIZE.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cstdio>

namespace {

QImage render(int size) {
  QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  p.scale(size / 128.0, size / 128.0);  // the SVG's view box
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0x1d, 0x27, 0x33));
  p.drawRoundedRect(QRectF(4, 4, 120, 120), 18, 18);
  const QColor bone(0xcf, 0xd8, 0xe3);
  QPen trachea(bone, 5, Qt::SolidLine, Qt::RoundCap);
  p.setPen(trachea);
  p.drawLine(QPointF(60, 22), QPointF(60, 48));
  p.drawLine(QPointF(68, 22), QPointF(68, 48));
  p.setPen(Qt::NoPen);
  QColor lungColour = bone;
  lungColour.setAlphaF(0.85);
  p.setBrush(lungColour);
  QPainterPath right;
  right.moveTo(58, 46);
  right.cubicTo(40, 40, 22, 58, 22, 82);
  right.cubicTo(22, 100, 30, 108, 44, 106);
  right.cubicTo(54, 104, 58, 96, 58, 84);
  right.closeSubpath();
  QPainterPath left;
  left.moveTo(70, 46);
  left.cubicTo(88, 40, 106, 58, 106, 82);
  left.cubicTo(106, 100, 98, 108, 84, 106);
  left.cubicTo(74, 104, 70, 96, 70, 84);
  left.closeSubpath();
  p.drawPath(right);
  p.drawPath(left);
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(QColor(0xff, 0xb0, 0x00), 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
  p.drawRect(QRectF(76, 60, 22, 20));
  return image;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 3) {
    std::fprintf(stderr, "usage: RenderIcon OUT_DIR SIZE...\n");
    return 2;
  }
  QDir().mkpath(args[1]);
  for (int n = 2; n < args.size(); ++n) {
    const int size = args[n].toInt();
    const QString path = QDir(args[1]).filePath(QStringLiteral("radcurator-%1.png").arg(size));
    if (size < 8 || size > 1024 || !render(size).save(path)) {
      std::fprintf(stderr, "RenderIcon: cannot write %s\n", qPrintable(path));
      return 1;
    }
  }
  return 0;
}
