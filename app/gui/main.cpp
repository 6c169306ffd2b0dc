// radcurator: the workstation.
//
//   radcurator [--store DIR] [--lang ja|en] [--screenshot FILE.png]
//
// --screenshot opens the store, shows its first series, saves a grab of the whole main window
// and exits (0 on success); tests, docs and reviewers use it.

#include "MainWindow.h"
#include "viewer/SliceView.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

// Loads the project's translation and Qt's own (standard dialogs) for `language`.
void installTranslations(QApplication& app, const QString& language) {
  if (language == QLatin1String("en")) return;
  auto* ours = new QTranslator(&app);
  if (ours->load(QStringLiteral(":/i18n/radcurator_%1.qm").arg(language))) app.installTranslator(ours);
  auto* qt = new QTranslator(&app);
  if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qt);
}

}  // namespace

int main(int argc, char** argv) {
  // VTK needs an OpenGL 3.2 core context; set it before the application exists.
  QSurfaceFormat::setDefaultFormat(rc::VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("RadCurator"));
  QApplication::setApplicationVersion(QStringLiteral(RADCURATOR_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/radcurator.svg")));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Case store folder."), QStringLiteral("DIR"));
  QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language (ja or en)."),
                                QStringLiteral("LANG"));
  QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                QStringLiteral("Show the first series, save a grab of the window and exit."),
                                QStringLiteral("FILE"));
  parser.addOptions({storeOption, langOption, shotOption});
  parser.process(app);

  QString language = parser.value(langOption);
  if (language.isEmpty()) language = QLocale::system().name().startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
  installTranslations(app, language);

  QString store = parser.value(storeOption);
  if (store.isEmpty())
    store = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"));

  rc::MainWindow window;
  const QString screenshot = parser.value(shotOption);
  window.setInteractive(screenshot.isEmpty());
  window.show();
  if (!window.openStore(store)) return screenshot.isEmpty() ? app.exec() : 1;

  if (!screenshot.isEmpty()) {
    auto save = [&window, screenshot] {
      // Let the view render the new volume, then grab the whole window.
      QTimer::singleShot(300, &window, [&window, screenshot] {
        const QImage image = window.grab().toImage();
        const bool saved = image.save(screenshot);
        QTextStream(saved ? stdout : stderr)
            << (saved ? "saved " : "cannot save ") << QDir(screenshot).absolutePath() << "\n";
        QApplication::exit(saved ? 0 : 1);
      });
    };
    QObject::connect(&window, &rc::MainWindow::seriesOpened, &window, [save](bool ok, const QString&) {
      if (!ok) QTextStream(stderr) << "warning: the first series could not be shown\n";
      save();
    });
    if (!window.openFirstSeries()) save();  // empty store: grab the window as it is
    // Never hang in CI: give up after two minutes.
    QTimer::singleShot(120000, &app, [] {
      QTextStream(stderr) << "screenshot timed out\n";
      QApplication::exit(1);
    });
  } else {
    window.openFirstSeries();
  }
  return app.exec();
}
