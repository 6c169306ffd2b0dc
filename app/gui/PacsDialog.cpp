#include "PacsDialog.h"

#include "PacsController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rc {

PacsDialog::PacsDialog(PacsController* controller, QWidget* parent) : QDialog(parent), controller_(controller) {
  setWindowTitle(tr("PACS and DICOM nodes"));
  resize(1100, 720);
  auto* layout = new QVBoxLayout(this);

  // The node: chosen from the saved ones, or typed and saved.
  auto* nodeBox = new QGroupBox(tr("Node"), this);
  auto* nodeForm = new QFormLayout(nodeBox);
  auto* pick = new QHBoxLayout;
  nodes_ = new QComboBox(nodeBox);
  nodes_->setMinimumWidth(260);
  auto* save = new QPushButton(tr("&Save node"), nodeBox);
  auto* remove = new QPushButton(tr("&Remove"), nodeBox);
  auto* echo = new QPushButton(tr("&Echo"), nodeBox);
  pick->addWidget(nodes_, 1);
  pick->addWidget(save);
  pick->addWidget(remove);
  pick->addWidget(echo);
  nodeForm->addRow(tr("Saved nodes:"), pick);
  name_ = new QLineEdit(nodeBox);
  name_->setPlaceholderText(tr("e.g. Hospital PACS"));
  aeTitle_ = new QLineEdit(nodeBox);
  aeTitle_->setMaxLength(16);
  host_ = new QLineEdit(nodeBox);
  port_ = new QSpinBox(nodeBox);
  port_->setRange(1, 65535);
  port_->setValue(104);
  auto* address = new QHBoxLayout;
  address->addWidget(new QLabel(tr("AE title"), nodeBox));
  address->addWidget(aeTitle_);
  address->addWidget(new QLabel(tr("Host"), nodeBox));
  address->addWidget(host_, 1);
  address->addWidget(new QLabel(tr("Port"), nodeBox));
  address->addWidget(port_);
  nodeForm->addRow(tr("Name:"), name_);
  nodeForm->addRow(tr("Address:"), address);
  auto* tlsRow = new QHBoxLayout;
  tls_ = new QCheckBox(tr("TLS, trusting"), nodeBox);
  tlsTrusted_ = new QLineEdit(nodeBox);
  tlsTrusted_->setPlaceholderText(tr("the node's certificate or its CA (PEM)"));
  auto* browse = new QPushButton(tr("Browse…"), nodeBox);
  tlsRow->addWidget(tls_);
  tlsRow->addWidget(tlsTrusted_, 1);
  tlsRow->addWidget(browse);
  nodeForm->addRow(tr("Security:"), tlsRow);
  layout->addWidget(nodeBox);

  // How this workstation presents itself.
  auto* ownBox = new QGroupBox(tr("This workstation"), this);
  auto* own = new QHBoxLayout(ownBox);
  const pacs::NodeBook& book = controller_->book();
  ourAeTitle_ = new QLineEdit(book.ourAeTitle, ownBox);
  ourAeTitle_->setMaxLength(16);
  ourPort_ = new QSpinBox(ownBox);
  ourPort_->setRange(1, 65535);
  ourPort_->setValue(book.ourPort);
  byGet_ = new QRadioButton(tr("Retrieve by C-GET"), ownBox);
  byMove_ = new QRadioButton(tr("by C-MOVE to our port"), ownBox);
  (book.retrieveByMove ? byMove_ : byGet_)->setChecked(true);
  own->addWidget(new QLabel(tr("Our AE title"), ownBox));
  own->addWidget(ourAeTitle_);
  own->addWidget(byGet_);
  own->addWidget(byMove_);
  own->addWidget(ourPort_);
  own->addStretch(1);
  layout->addWidget(ownBox);

  // The search.
  auto* queryBox = new QGroupBox(tr("Search studies"), this);
  auto* query = new QHBoxLayout(queryBox);
  patientId_ = new QLineEdit(queryBox);
  patientName_ = new QLineEdit(queryBox);
  dateFrom_ = new QLineEdit(queryBox);
  dateTo_ = new QLineEdit(queryBox);
  for (QLineEdit* d : {dateFrom_, dateTo_}) {
    d->setPlaceholderText(tr("YYYYMMDD"));
    d->setMaxLength(10);
  }
  modality_ = new QLineEdit(queryBox);
  modality_->setMaxLength(16);
  accession_ = new QLineEdit(queryBox);
  auto* find = new QPushButton(tr("&Find"), queryBox);
  find->setDefault(true);
  query->addWidget(new QLabel(tr("Patient ID"), queryBox));
  query->addWidget(patientId_);
  query->addWidget(new QLabel(tr("Name"), queryBox));
  query->addWidget(patientName_);
  query->addWidget(new QLabel(tr("Dates"), queryBox));
  query->addWidget(dateFrom_);
  query->addWidget(new QLabel(QStringLiteral("–"), queryBox));
  query->addWidget(dateTo_);
  query->addWidget(new QLabel(tr("Modality"), queryBox));
  query->addWidget(modality_);
  query->addWidget(new QLabel(tr("Accession"), queryBox));
  query->addWidget(accession_);
  query->addWidget(find);
  layout->addWidget(queryBox);

  const QStringList headers = {tr("Patient ID"), tr("Name"), tr("Date"), tr("Accession"), tr("Modalities"), tr("Description"), tr("Images"), tr("Study UID")};
  results_ = new QTableWidget(0, int(headers.size()), this);
  results_->setHorizontalHeaderLabels(headers);
  results_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  results_->setSelectionBehavior(QAbstractItemView::SelectRows);
  results_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(results_, 1);
  status_ = new QLabel(tr("Identified data from the PACS goes straight into the de-identifying import; nothing identified is kept."), this);
  status_->setWordWrap(true);
  layout->addWidget(status_);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* retrieve = buttons->addButton(tr("&Retrieve chosen studies"), QDialogButtonBox::ActionRole);
  withLabels_ = new QCheckBox(tr("Send with the series' SEG and SR"), this);
  auto* send = buttons->addButton(tr("Send the &open series"), QDialogButtonBox::ActionRole);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(withLabels_);
  bottom->addWidget(buttons, 1);
  layout->addLayout(bottom);

  for (const pacs::SavedNode& n : book.nodes) nodes_->addItem(n.name);
  connect(nodes_, &QComboBox::currentTextChanged, this, &PacsDialog::showNode);
  if (nodes_->count() > 0) showNode(nodes_->currentText());
  connect(save, &QPushButton::clicked, this, &PacsDialog::saveNode);
  connect(remove, &QPushButton::clicked, this, &PacsDialog::removeNode);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate to trust"), QString(), tr("PEM (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty()) {
      tlsTrusted_->setText(file);
      tls_->setChecked(true);
    }
  });
  connect(echo, &QPushButton::clicked, this, [this] {
    if (const auto node = nodeFromFields()) controller_->echo(*node);
  });
  connect(find, &QPushButton::clicked, this, &PacsDialog::search);
  connect(retrieve, &QPushButton::clicked, this, &PacsDialog::retrieveChosen);
  connect(send, &QPushButton::clicked, this, [this] {
    if (const auto node = nodeFromFields()) controller_->sendOpenSeries(*node, withLabels_->isChecked());
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
  for (QLineEdit* e : {ourAeTitle_}) connect(e, &QLineEdit::editingFinished, this, &PacsDialog::saveOwnSettings);
  connect(ourPort_, &QSpinBox::editingFinished, this, &PacsDialog::saveOwnSettings);
  connect(byMove_, &QRadioButton::toggled, this, &PacsDialog::saveOwnSettings);

  connect(controller_, &PacsController::echoed, this, [this](const QString& name, const QString& problem) {
    status_->setText(problem.isEmpty() ? tr("%1 answers.").arg(name) : problem);
  });
  connect(controller_, &PacsController::found, this, [this](const std::vector<pacs::Match>& matches, const QString& problem) {
    results_->setRowCount(0);
    if (!problem.isEmpty()) {
      status_->setText(problem);
      return;
    }
    results_->setRowCount(int(matches.size()));
    for (int row = 0; row < int(matches.size()); ++row) {
      const pacs::Match& m = matches[size_t(row)];
      const QStringList cells = {m.patientId, m.patientName, m.studyDate, m.accession, m.modality, m.studyDescription,
                                 m.instances >= 0 ? QString::number(m.instances) : QString(), m.studyUid};
      for (int c = 0; c < cells.size(); ++c) results_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    results_->resizeColumnsToContents();
    status_->setText(tr("%n stud(ies) found. Choose the rows to retrieve.", nullptr, int(matches.size())));
  });
  connect(controller_, &PacsController::retrieved, this, [this](const pacs::RetrieveReport& report) {
    QString text = report.summaryLine();
    for (const QString& f : report.failedInstances.mid(0, 5)) text += QLatin1Char('\n') + f;
    for (const ImportIssue& i : report.imported.issues) {
      if (text.count(QLatin1Char('\n')) >= 8) break;
      text += QStringLiteral("\n%1: %2").arg(i.path, i.reason);
    }
    status_->setText(text);
  });
  connect(controller_, &PacsController::sent, this, [this](const pacs::SendReport& report) {
    QString text = tr("Sent %1 of %2 files; %3 the node had already.").arg(report.sent).arg(report.files).arg(report.alreadyThere);
    if (!report.note.isEmpty()) text += QLatin1Char(' ') + report.note;
    if (!report.problem.isEmpty()) text += QLatin1Char(' ') + report.problem;
    for (const QString& f : report.failures.mid(0, 5)) text += QLatin1Char('\n') + f;
    status_->setText(text);
  });
}

void PacsDialog::showNode(const QString& name) {
  const pacs::SavedNode* n = controller_->book().find(name);
  if (!n) return;
  name_->setText(n->name);
  aeTitle_->setText(n->node.aeTitle);
  host_->setText(n->node.host);
  port_->setValue(n->node.port);
  tls_->setChecked(n->tls.enabled);
  tlsTrusted_->setText(n->tls.trustedCertificates);
}

std::optional<pacs::SavedNode> PacsDialog::nodeFromFields() {
  const auto parsed = pacs::parseNode(QStringLiteral("%1@%2:%3").arg(aeTitle_->text().trimmed(), host_->text().trimmed()).arg(port_->value()));
  if (!parsed) {
    status_->setText(parsed.error());
    return std::nullopt;
  }
  pacs::SavedNode node;
  node.name = name_->text().trimmed().isEmpty() ? parsed->text() : name_->text().trimmed();
  node.node = parsed.value();
  node.tls.enabled = tls_->isChecked();
  node.tls.trustedCertificates = tlsTrusted_->text().trimmed();
  return node;
}

void PacsDialog::saveNode() {
  const auto node = nodeFromFields();
  if (!node) return;
  pacs::NodeBook book = controller_->book();
  if (const Status put = book.put(*node); !put) {
    status_->setText(put.error());
    return;
  }
  if (const Status saved = controller_->saveBook(book); !saved) {
    status_->setText(saved.error());
    return;
  }
  if (nodes_->findText(node->name) < 0) nodes_->addItem(node->name);
  nodes_->setCurrentText(node->name);
  status_->setText(tr("Saved %1.").arg(node->name));
}

void PacsDialog::removeNode() {
  const QString name = nodes_->currentText();
  if (name.isEmpty()) return;
  pacs::NodeBook book = controller_->book();
  book.remove(name);
  if (const Status saved = controller_->saveBook(book); !saved) {
    status_->setText(saved.error());
    return;
  }
  nodes_->removeItem(nodes_->currentIndex());
}

void PacsDialog::saveOwnSettings() {
  pacs::NodeBook book = controller_->book();
  if (ourAeTitle_->text().trimmed().isEmpty()) return;
  book.ourAeTitle = ourAeTitle_->text().trimmed();
  book.ourPort = quint16(ourPort_->value());
  book.retrieveByMove = byMove_->isChecked();
  if (const Status saved = controller_->saveBook(book); !saved) status_->setText(saved.error());
}

void PacsDialog::search() {
  const auto node = nodeFromFields();
  if (!node) return;
  pacs::Query q;
  q.level = pacs::Level::Study;
  q.patientId = patientId_->text().trimmed();
  q.patientName = patientName_->text().trimmed();
  q.dateFrom = dateFrom_->text().remove(QLatin1Char('-')).trimmed();
  q.dateTo = dateTo_->text().remove(QLatin1Char('-')).trimmed();
  q.modality = modality_->text().trimmed();
  q.accession = accession_->text().trimmed();
  controller_->find(*node, q);
}

void PacsDialog::retrieveChosen() {
  const auto node = nodeFromFields();
  if (!node) return;
  QStringList studies;
  for (const QModelIndex& row : results_->selectionModel()->selectedRows(7)) studies << row.data().toString();
  if (studies.isEmpty()) {
    status_->setText(tr("Choose the studies to retrieve first."));
    return;
  }
  controller_->retrieve(*node, studies);
}

}  // namespace rc
