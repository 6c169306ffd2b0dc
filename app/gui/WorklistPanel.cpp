#include "WorklistPanel.h"

#include "ReadingController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace rc {

WorklistPanel::WorklistPanel(ReadingController* controller, QWidget* parent) : QWidget(parent), controller_(controller) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  who_ = new QLabel(this);
  who_->setWordWrap(true);
  layout->addWidget(who_);
  auto* filters = new QFormLayout;  // one per row: the dock is narrow
  project_ = new QComboBox(this);
  project_->setToolTip(tr("The reading study"));
  status_ = new QComboBox(this);
  reader_ = new QComboBox(this);
  category_ = new QComboBox(this);
  modality_ = new QComboBox(this);
  from_ = new QLineEdit(this);
  to_ = new QLineEdit(this);
  for (QLineEdit* date : {from_, to_}) {
    date->setPlaceholderText(tr("YYYY-MM-DD"));
    date->setClearButtonEnabled(true);
    connect(date, &QLineEdit::editingFinished, this, [this] { applyFilter(); });
  }
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(tr("Patient code"));
  search_->setClearButtonEnabled(true);
  filters->addRow(tr("Project"), project_);
  filters->addRow(tr("Status"), status_);
  filters->addRow(tr("Reader"), reader_);
  filters->addRow(tr("Category"), category_);
  filters->addRow(tr("Modality"), modality_);
  auto* dates = new QHBoxLayout;
  dates->addWidget(from_);
  dates->addWidget(new QLabel(QStringLiteral("–"), this));
  dates->addWidget(to_);
  filters->addRow(tr("Study date"), dates);
  filters->addRow(tr("Patient"), search_);
  for (QComboBox* box : {project_, status_, reader_, category_, modality_}) box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  layout->addLayout(filters);
  counts_ = new QLabel(this);
  counts_->setWordWrap(true);
  layout->addWidget(counts_);
  balance_ = new QLabel(this);
  balance_->setWordWrap(true);
  layout->addWidget(balance_);
  table_ = new QTableView(this);
  table_->setModel(controller_->model());
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setSortingEnabled(true);
  table_->sortByColumn(0, Qt::AscendingOrder);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setMinimumHeight(160);
  layout->addWidget(table_, 1);
  auto* buttons = new QGridLayout;
  open_ = new QPushButton(tr("Open"), this);
  submit_ = new QPushButton(tr("Submit"), this);
  submit_->setToolTip(tr("Submit the open reading: it becomes read-only, and a reviewer may return it"));
  accept_ = new QPushButton(tr("Accept"), this);
  return_ = new QPushButton(tr("Return…"), this);
  correct_ = new QPushButton(tr("Correct"), this);
  correct_->setToolTip(tr("Edit the open submitted reading as its reviewer; press again to finish: a new revision under your name, the reading accepted"));
  consensus_ = new QPushButton(tr("Consensus…"), this);
  consensus_->setToolTip(tr("Start the consensus of the open case from one reader's set, a majority vote or STAPLE"));
  agreement_ = new QPushButton(tr("Agreement…"), this);
  audit_ = new QPushButton(tr("Audit log…"), this);
  buttons->addWidget(open_, 0, 0);
  buttons->addWidget(submit_, 0, 1);
  buttons->addWidget(accept_, 1, 0);
  buttons->addWidget(return_, 1, 1);
  buttons->addWidget(consensus_, 2, 0);
  buttons->addWidget(agreement_, 2, 1);
  buttons->addWidget(audit_, 3, 0);
  // A data manager's setup (the command line does the same, and more: radcurator-cli project).
  newProject_ = new QPushButton(tr("New project…"), this);
  addCases_ = new QPushButton(tr("Add every series…"), this);
  assign_ = new QPushButton(tr("Assign in turn…"), this);
  buttons->addWidget(correct_, 3, 1);
  buttons->addWidget(newProject_, 4, 0);
  buttons->addWidget(addCases_, 4, 1);
  buttons->addWidget(assign_, 5, 0);
  layout->addLayout(buttons);
  connect(newProject_, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New project"), tr("Name"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty()) return;
    ProjectRecord p;
    p.name = name;
    p.readersPerCase = QInputDialog::getInt(this, tr("New project"), tr("Readers per case"), 2, 1, 10, 1, &ok);
    if (!ok) return;
    p.blinded = QInputDialog::getItem(this, tr("New project"), tr("Reading"), {tr("Blinded"), tr("Not blinded")}, 0, false, &ok) == tr("Blinded");
    if (!ok) return;
    const QString targets = QInputDialog::getText(this, tr("New project"), tr("Inclusion targets (e.g. with findings=50, without=50)"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    for (const QString& t : targets.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
      const QStringList parts = t.split(QLatin1Char('='));
      if (parts.size() == 2 && parts[1].trimmed().toInt() >= 0) p.targets.emplace_back(parts[0].trimmed(), parts[1].trimmed().toInt());
    }
    if (const Status s = controller_->createProject(p); !s) report(s.error());
  });
  connect(addCases_, &QPushButton::clicked, this, [this] {
    QStringList categories;
    if (controller_->project())
      for (const auto& t : controller_->project()->targets) categories << t.first;
    bool ok = true;
    const QString category = categories.isEmpty() ? QString()
                                                  : QInputDialog::getItem(this, tr("Add every series"), tr("Category"), categories, 0, false, &ok);
    if (!ok) return;
    const auto added = controller_->addEverySeries(category);
    if (!added) report(added.error());
  });
  connect(assign_, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString readers = QInputDialog::getText(this, tr("Assign in turn"), tr("Readers (logins, comma-separated)"), QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const auto made = controller_->assignRoundRobin(readers.split(QLatin1Char(','), Qt::SkipEmptyParts).replaceInStrings(QRegularExpression(QStringLiteral("\\s")), QString()));
    if (!made) report(made.error());
  });

  connect(controller_, &ReadingController::worklistChanged, this, &WorklistPanel::rebuild);
  connect(controller_, &ReadingController::readingOpened, this, [this] { updateActions(); });
  connect(project_, &QComboBox::currentTextChanged, this, [this](const QString& name) {
    if (rebuilding_ || name.isEmpty()) return;
    if (const Status s = controller_->setProject(name); !s) report(s.error());
  });
  for (QComboBox* box : {status_, reader_, category_, modality_})
    connect(box, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
  connect(search_, &QLineEdit::textChanged, this, [this] { applyFilter(); });
  connect(table_, &QTableView::activated, this, [this] { openCurrent(); });
  connect(open_, &QPushButton::clicked, this, &WorklistPanel::openCurrent);
  connect(submit_, &QPushButton::clicked, this, [this] {
    if (const Status s = controller_->submitOpen(); !s) report(s.error());
  });
  connect(accept_, &QPushButton::clicked, this, [this] {
    if (const Status s = controller_->acceptOpen(); !s) report(s.error());
  });
  connect(return_, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Return the reading"), tr("What should the reader change?"), QString(), &ok);
    if (!ok) return;
    if (const Status s = controller_->returnOpen(reason); !s) report(s.error());
  });
  connect(correct_, &QPushButton::clicked, this, [this] {
    if (!controller_->isCorrecting()) {
      if (const Status s = controller_->startCorrection(); !s) report(s.error());
      updateActions();
      return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Finish the correction"), tr("What was corrected?"), QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    if (const Status s = controller_->finishCorrection(note); !s) report(s.error());
  });
  connect(consensus_, &QPushButton::clicked, this, [this] {
    QStringList choices{tr("Majority vote"), tr("STAPLE")};
    QStringList sources{QStringLiteral("majority"), QStringLiteral("staple")};
    for (int row = 0; row < controller_->model()->rowCount(); ++row) {
      const WorklistRow& r = controller_->model()->rowAt(row);
      if (r.caseRecord->seriesUid == controller_->openSeries() && !r.reader.isEmpty()) {
        choices << tr("The set of %1").arg(r.reader);
        sources << QStringLiteral("reader:") + r.reader;
      }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Consensus"), tr("Start the consensus from"), choices, 0, false, &ok);
    if (!ok) return;
    const auto source = parseConsensusSource(sources[choices.indexOf(chosen)]);
    if (const Status s = source ? controller_->consensusOfOpen(*source) : Status(fail(source.error())); !s) report(s.error());
  });
  connect(agreement_, &QPushButton::clicked, this, &WorklistPanel::agreementRequested);
  connect(audit_, &QPushButton::clicked, this, &WorklistPanel::auditRequested);
  rebuild();
}

void WorklistPanel::report(const QString& message) { emit failed(message); }

void WorklistPanel::rebuild() {
  rebuilding_ = true;
  const ReadingStudy* study = controller_->study();
  if (!study) {
    who_->setText(controller_->problem().isEmpty() ? tr("Open a store to see its reading studies.")
                                                   : tr("Reading studies: %1").arg(controller_->problem()));
  } else {
    const PersonRecord& actor = study->actor();
    QStringList roles;
    for (const QString& r : actor.roles)
      roles << (r == role::reader ? tr("reader") : r == role::reviewer ? tr("reviewer") : tr("data manager"));
    who_->setText(tr("Acting as %1 (%2)").arg(actor.displayName.isEmpty() ? actor.login : actor.displayName, roles.join(QStringLiteral(", "))));
  }
  const QStringList names = controller_->projectNames();
  const QString current = controller_->project() ? controller_->project()->name : QString();
  project_->clear();
  project_->addItems(names);
  project_->setCurrentText(current);
  if (names.isEmpty() && study)
    who_->setText(who_->text() + QLatin1Char('\n') + tr("This store has no reading study yet (radcurator-cli project create)."));
  auto refill = [](QComboBox* box, const QStringList& values, const QString& all, auto label) {
    const QString keep = box->currentData().toString();
    box->clear();
    box->addItem(all, QString());
    for (const QString& v : values) box->addItem(label(v), v);
    const int index = box->findData(keep);
    box->setCurrentIndex(index < 0 ? 0 : index);
  };
  WorklistModel* model = controller_->model();
  refill(status_, model->valuesOf(WorklistModel::Status), tr("Every status"), [](const QString& v) { return reading::statusText(v); });
  refill(reader_, model->valuesOf(WorklistModel::Reader), tr("Every reader"), [](const QString& v) { return v; });
  refill(category_, model->valuesOf(WorklistModel::Category), tr("Every category"), [](const QString& v) { return v; });
  refill(modality_, model->valuesOf(WorklistModel::Modality), tr("Every modality"), [](const QString& v) { return v; });
  rebuilding_ = false;
  applyFilter();
  QStringList counts;
  const auto all = model->countsByStatus();
  for (const QString& status : reading::statusOrder())
    if (const auto it = all.find(status); it != all.end()) counts << QStringLiteral("%1 %2").arg(reading::statusText(status)).arg(it->second);
  counts_->setText(counts.isEmpty() ? QString() : counts.join(QStringLiteral(" · ")));
  QStringList shortOf;
  const QStringList balance = controller_->balance(&shortOf);
  balance_->setText(balance.isEmpty() ? QString()
                                      : tr("Cases against targets: %1").arg(balance.join(QStringLiteral(", "))) +
                                            (shortOf.isEmpty() ? QString() : QLatin1Char('\n') + tr("Short of the target: %1").arg(shortOf.join(QStringLiteral(", ")))));
  balance_->setStyleSheet(shortOf.isEmpty() ? QString() : QStringLiteral("color: #b35900"));
  updateActions();
}

void WorklistPanel::applyFilter() {
  if (rebuilding_) return;
  WorklistFilter f;
  f.status = status_->currentData().toString();
  f.reader = reader_->currentData().toString();
  f.category = category_->currentData().toString();
  f.search = search_->text().trimmed();
  f.modality = modality_->currentData().toString();
  // Dates as typed (YYYY-MM-DD or YYYYMMDD) against the stored YYYYMMDD.
  f.from = from_->text().trimmed().remove(QLatin1Char('-'));
  f.to = to_->text().trimmed().remove(QLatin1Char('-'));
  controller_->model()->setFilter(f);
  // Keep the open reading selected.
  const int row = controller_->model()->rowOf(controller_->openSeries(), controller_->openReader());
  if (row >= 0) table_->selectRow(row);
}

void WorklistPanel::openCurrent() {
  const QModelIndex current = table_->currentIndex();
  if (!current.isValid()) return;
  if (const Status s = controller_->openRow(current.row()); !s) report(s.error());
}

void WorklistPanel::updateActions() {
  const ReadingStudy* study = controller_->study();
  const bool open = study && !controller_->openSeries().isEmpty();
  const bool own = open && controller_->openReader() == study->actor().login;
  const bool reviewer = study && study->actorHas(role::reviewer);
  const bool staff = reviewer || (study && study->actorHas(role::dataManager));
  open_->setEnabled(controller_->project().has_value());
  submit_->setEnabled(own);
  accept_->setVisible(reviewer);
  return_->setVisible(reviewer);
  accept_->setEnabled(open && !own && controller_->openReader() != kConsensusReader);
  return_->setEnabled(accept_->isEnabled());
  correct_->setVisible(reviewer);
  correct_->setEnabled(accept_->isEnabled());
  correct_->setText(controller_->isCorrecting() ? tr("Finish correction…") : tr("Correct"));
  consensus_->setVisible(staff);
  consensus_->setEnabled(open);
  agreement_->setVisible(staff);
  audit_->setVisible(staff);
  balance_->setVisible(staff);  // a reader's list holds only their own cases
  const bool manager = study && study->actorHas(role::dataManager);
  newProject_->setVisible(manager);
  addCases_->setVisible(manager);
  assign_->setVisible(manager);
  addCases_->setEnabled(controller_->project().has_value());
  assign_->setEnabled(controller_->project().has_value());
  const int row = controller_->model()->rowOf(controller_->openSeries(), controller_->openReader());
  if (row >= 0) table_->selectRow(row);
}

}  // namespace rc
