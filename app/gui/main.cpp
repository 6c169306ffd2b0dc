// radcurator: the workstation.
//
//   radcurator [--store DIR] [--lang ja|en] [--series UID [--beside UID]...] [--layout 1x1|1x3|2x2]
//              [--screenshot FILE.png [--views-dir DIR]]
//
// --screenshot opens the store, shows the given series (else the first), in the given layout,
// with the cross-hair at the volume's centre and the default window, saves a grab of the
// whole window (and, with --views-dir, each view's own frame as DIR/axial.png, coronal.png,
// sagittal.png, 3d.png; for a planar NM scan anterior.png and posterior.png, each view as shown
// with the default window) and exits (0 on success); tests, docs and reviewers use it.

#include "MainWindow.h"
#include "storage/CaseStore.h"
#include "viewer/ViewerPanel.h"
#include "viewer/VtkRenderWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <csignal>

#include <memory>

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
  // A PACS or DICOMweb peer that closes its end mid-transfer is an error the window reports,
  // not the end of the program by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  // VTK needs an OpenGL 3.2 core context; set it before the application exists.
  QSurfaceFormat::setDefaultFormat(rc::VtkRenderWidget::defaultFormat());
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("RadCurator"));
  QApplication::setApplicationName(QStringLiteral("RadCurator"));
  QApplication::setApplicationVersion(QStringLiteral(RADCURATOR_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/radcurator-256.png")));
  QGuiApplication::setDesktopFileName(QStringLiteral("org.radcurator.RadCurator"));

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("Case store folder."), QStringLiteral("DIR"));
  QCommandLineOption databaseOption(QStringLiteral("database"),
                                    QStringLiteral("Team mode: the store's database on PostgreSQL (postgresql://USER@HOST:PORT/DB)."),
                                    QStringLiteral("URL"));
  QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language (ja or en)."),
                                QStringLiteral("LANG"));
  QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("Series to open (Series Instance UID)."),
                                  QStringLiteral("UID"));
  QCommandLineOption layoutOption(QStringLiteral("layout"), QStringLiteral("Viewer layout: 1x1, 1x3 or 2x2."),
                                  QStringLiteral("LAYOUT"));
  QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                QStringLiteral("Show the series, save a grab of the window and exit."), QStringLiteral("FILE"));
  QCommandLineOption viewsOption(QStringLiteral("views-dir"),
                                 QStringLiteral("With --screenshot: save each view's frame into DIR too."), QStringLiteral("DIR"));
  QCommandLineOption besideOption(QStringLiteral("beside"),
                                  QStringLiteral("A series to show beside the first (up to two; e.g. DWI and T2 beside the ADC map)."),
                                  QStringLiteral("UID"));
  QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Act in reading studies as LOGIN (default: the OS login)."),
                              QStringLiteral("LOGIN"));
  parser.addOptions({storeOption, databaseOption, langOption, seriesOption, layoutOption, shotOption, viewsOption, besideOption, asOption});
  parser.process(app);

  QString language = parser.value(langOption);
  if (language.isEmpty()) language = QLocale::system().name().startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
  installTranslations(app, language);

  QString store = parser.value(storeOption);
  if (store.isEmpty())
    store = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("store"));
  std::optional<rc::ViewLayout> layout;
  if (parser.isSet(layoutOption)) {
    layout = rc::layoutFromName(parser.value(layoutOption));
    if (!layout) {
      QTextStream(stderr) << "unknown layout " << parser.value(layoutOption) << " (1x1, 1x3 or 2x2)\n";
      return 2;
    }
  }

  rc::MainWindow window;
  const QString screenshot = parser.value(shotOption);
  const QString viewsDir = parser.value(viewsOption);
  window.setInteractive(screenshot.isEmpty());
  QSettings settings;
  if (layout) window.viewerPanel()->layoutModel()->setLayout(*layout);
  else if (screenshot.isEmpty()) rc::rememberLayout(*window.viewerPanel()->layoutModel(), settings);
  window.setActor(parser.value(asOption));
  window.show();
  if (!window.openStore(store, parser.value(databaseOption))) return screenshot.isEmpty() ? app.exec() : 1;

  auto openRequested = [&]() {
    if (parser.isSet(seriesOption)) {
      if (window.openSeriesByUid(parser.value(seriesOption))) return true;
      QTextStream(stderr) << "no series " << parser.value(seriesOption) << " in the store\n";
      return false;
    }
    return window.openFirstSeries();
  };

  // Series beside the first, opened one after the other once the first is shown.
  auto pendingBeside = std::make_shared<QStringList>(parser.values(besideOption));
  auto openNextBeside = [&window, pendingBeside]() {
    while (!pendingBeside->isEmpty()) {
      const QString uid = pendingBeside->takeFirst();
      rc::CaseDatabase db(*window.session()->store());
      const auto series = db.series(uid);
      if (series) {
        window.openBeside(series.value());
        return true;
      }
      QTextStream(stderr) << "no series " << uid << " in the store\n";
    }
    return false;
  };

  if (!screenshot.isEmpty()) {
    int status = 0;
    auto save = [&window, &status, screenshot, viewsDir] {
      // Let the views render the new volume, then grab the whole window (and each view).
      QTimer::singleShot(400, &window, [&window, &status, screenshot, viewsDir] {
        bool saved = window.grab().toImage().save(screenshot);
        QTextStream(saved ? stdout : stderr) << (saved ? "saved " : "cannot save ") << QDir(screenshot).absolutePath() << "\n";
        if (saved && !viewsDir.isEmpty()) {
          const rc::Status views = window.saveViews(viewsDir);
          if (!views) QTextStream(stderr) << views.error() << "\n";
          else QTextStream(stdout) << "saved the views in " << QDir(viewsDir).absolutePath() << "\n";
          saved = views.ok();
        }
        QApplication::exit(saved ? status : 1);
      });
    };
    QObject::connect(&window, &rc::MainWindow::seriesOpened, &window, [save, &status, openNextBeside](bool ok, const QString&) {
      if (!ok) {
        QTextStream(stderr) << "warning: the series could not be shown\n";
        status = 1;
      }
      if (!ok || !openNextBeside()) save();
    });
    QObject::connect(&window, &rc::MainWindow::besideOpened, &window, [save, &status, openNextBeside](bool ok, const QString&) {
      if (!ok) status = 1;
      if (!openNextBeside()) save();
    });
    if (!openRequested()) {
      if (parser.isSet(seriesOption)) return 1;
      save();  // empty store: grab the window as it is
    }
    // Never hang in CI: give up after two minutes.
    QTimer::singleShot(120000, &app, [] {
      QTextStream(stderr) << "screenshot timed out\n";
      QApplication::exit(1);
    });
  } else {
    QObject::connect(&window, &rc::MainWindow::seriesOpened, &window, [openNextBeside](bool ok, const QString&) {
      if (ok) openNextBeside();
    });
    QObject::connect(&window, &rc::MainWindow::besideOpened, &window, [openNextBeside](bool, const QString&) { openNextBeside(); });
    openRequested();
  }
  return app.exec();
}
