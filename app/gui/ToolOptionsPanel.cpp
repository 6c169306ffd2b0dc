#include "ToolOptionsPanel.h"

#include "annotate/AnnotationSession.h"
#include "annotate/Tools.h"
#include "imaging/MaskOperations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace rc {

ToolOptionsPanel::ToolOptionsPanel(AnnotationSession* annotation, ToolSettings* settings, std::function<int()> sliceAxis,
                                   QWidget* parent)
    : QWidget(parent), annotation_(annotation), settings_(settings), sliceAxis_(std::move(sliceAxis)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);

  auto* brush = new QGroupBox(tr("Brush"), this);
  auto* brushForm = new QFormLayout(brush);
  brushForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
  radius_ = new QDoubleSpinBox(brush);
  radius_->setRange(0.25, 100);
  radius_->setSingleStep(0.5);
  radius_->setSuffix(tr(" mm"));
  radius_->setToolTip(tr("Radius of the brush ([ and ] change it)"));
  brushForm->addRow(tr("Radius"), radius_);
  sphere_ = new QCheckBox(tr("Sphere (paint through neighbouring slices)"), brush);
  brushForm->addRow(sphere_);
  paintOver_ = new QComboBox(brush);
  paintOver_->addItems({tr("Overwrite all segments"), tr("Overwrite unlocked segments"), tr("Do not overwrite other segments")});
  paintOver_->setCurrentIndex(int(annotation_->policy().paintOver));
  brushForm->addRow(tr("Paint over"), paintOver_);
  layout->addWidget(brush);

  auto* threshold = new QGroupBox(tr("Threshold brush and region growing"), this);
  auto* thresholdForm = new QFormLayout(threshold);
  thresholdForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
  presets_ = new QComboBox(threshold);
  presets_->addItem(tr("Custom range"));
  for (const auto& [name, lower, upper] : presets()) presets_->addItem(name);
  thresholdForm->addRow(tr("Preset"), presets_);
  auto* range = new QHBoxLayout;
  lower_ = new QDoubleSpinBox(threshold);
  upper_ = new QDoubleSpinBox(threshold);
  for (QDoubleSpinBox* b : {lower_, upper_}) {
    b->setRange(-32768, 65535);
    b->setDecimals(0);
    b->setSuffix(tr(" HU"));
    range->addWidget(b);
  }
  thresholdForm->addRow(tr("Range (Ctrl+click samples)"), range);
  growMethod_ = new QComboBox(threshold);
  growMethod_->addItems({tr("Connected in the range"), tr("Confidence connected (mean ± 2.5 SD)")});
  thresholdForm->addRow(tr("Region growing"), growMethod_);
  growRadius_ = new QDoubleSpinBox(threshold);
  growRadius_->setRange(5, 300);
  growRadius_->setSuffix(tr(" mm"));
  growRadius_->setToolTip(tr("The grown region stays within this distance of the click"));
  thresholdForm->addRow(tr("Growing limit"), growRadius_);
  layout->addWidget(threshold);

  auto* operations = new QGroupBox(tr("Active segment"), this);
  auto* opForm = new QFormLayout(operations);
  perSlice_ = new QCheckBox(tr("per slice"), operations);
  auto* fill = new QPushButton(tr("Fill holes"), operations);
  auto* fillRow = new QHBoxLayout;
  fillRow->addWidget(fill);
  fillRow->addWidget(perSlice_);
  opForm->addRow(fillRow);
  auto* keepLargest = new QPushButton(tr("Keep the largest island"), operations);
  opForm->addRow(keepLargest);
  islandMm3_ = new QDoubleSpinBox(operations);
  islandMm3_->setRange(0, 99999);
  islandMm3_->setValue(10);
  islandMm3_->setSuffix(tr(" mm³"));
  auto* removeSmall = new QPushButton(tr("Remove islands smaller than"), operations);
  auto* islandRow = new QHBoxLayout;
  islandRow->addWidget(removeSmall);
  islandRow->addWidget(islandMm3_);
  opForm->addRow(islandRow);
  marginMm_ = new QDoubleSpinBox(operations);
  marginMm_->setRange(0.5, 50);
  marginMm_->setValue(2);
  marginMm_->setSuffix(tr(" mm"));
  auto* grow = new QPushButton(tr("Grow"), operations);
  auto* shrink = new QPushButton(tr("Shrink"), operations);
  auto* marginRow = new QHBoxLayout;
  marginRow->addWidget(grow);
  marginRow->addWidget(shrink);
  marginRow->addWidget(marginMm_);
  opForm->addRow(marginRow);
  interpolate_ = new QPushButton(tr("Interpolate between painted slices"), operations);
  interpolate_->setToolTip(tr("Fills the slices between the ones you painted, in the plane of the active view"));
  opForm->addRow(interpolate_);
  running_ = new QLabel(operations);
  cancel_ = new QPushButton(tr("Cancel"), operations);
  cancel_->setEnabled(false);
  auto* runRow = new QHBoxLayout;
  runRow->addWidget(running_, 1);
  runRow->addWidget(cancel_);
  opForm->addRow(runRow);
  layout->addWidget(operations);
  layout->addStretch(1);
  operationButtons_ = {fill, keepLargest, removeSmall, grow, shrink, interpolate_};

  for (QComboBox* box : {paintOver_, presets_, growMethod_}) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
  }
  refreshFromSettings();
  connect(settings_, &ToolSettings::changed, this, &ToolOptionsPanel::refreshFromSettings);
  connect(radius_, &QDoubleSpinBox::valueChanged, settings_, &ToolSettings::setBrushRadiusMm);
  connect(sphere_, &QCheckBox::toggled, settings_, &ToolSettings::setBrushIsSphere);
  connect(paintOver_, &QComboBox::currentIndexChanged, this, [this](int index) {
    EditPolicy policy = annotation_->policy();
    policy.paintOver = PaintOver(index);
    annotation_->setPolicy(policy);
  });
  connect(presets_, &QComboBox::activated, this, [this](int index) {
    const auto all = presets();
    if (index < 1 || size_t(index) > all.size()) return;
    const auto& [name, lower, upper] = all[size_t(index - 1)];
    settings_->setThresholdRange(lower, upper);
  });
  auto rangeEdited = [this] {
    settings_->setThresholdRange(lower_->value(), upper_->value());
  };
  connect(lower_, &QDoubleSpinBox::editingFinished, this, rangeEdited);
  connect(upper_, &QDoubleSpinBox::editingFinished, this, rangeEdited);
  auto growEdited = [this] {
    RegionGrowOptions options = settings_->regionGrow();
    options.method = RegionGrowOptions::Method(growMethod_->currentIndex());
    options.maxRadiusMm = growRadius_->value();
    settings_->setRegionGrow(options);
  };
  connect(growMethod_, &QComboBox::activated, this, growEdited);
  connect(growRadius_, &QDoubleSpinBox::editingFinished, this, growEdited);

  connect(fill, &QPushButton::clicked, this, [this] { start(annotation_->fillHoles(perSlice_->isChecked(), sliceAxis_())); });
  connect(keepLargest, &QPushButton::clicked, this,
          [this] { start(annotation_->removeIslands(int(IslandRule::KeepLargest), 0, {})); });
  connect(removeSmall, &QPushButton::clicked, this,
          [this] { start(annotation_->removeIslands(int(IslandRule::RemoveSmaller), islandMm3_->value(), {})); });
  connect(grow, &QPushButton::clicked, this, [this] { start(annotation_->margin(marginMm_->value())); });
  connect(shrink, &QPushButton::clicked, this, [this] { start(annotation_->margin(-marginMm_->value())); });
  connect(interpolate_, &QPushButton::clicked, this, [this] { start(annotation_->interpolate(sliceAxis_())); });
  connect(cancel_, &QPushButton::clicked, annotation_, &AnnotationSession::cancelOperation);
  connect(annotation_, &AnnotationSession::operationStarted, this, [this](const QString& text) {
    running_->setText(tr("%1…").arg(text));
    cancel_->setEnabled(true);
    for (QPushButton* b : operationButtons_) b->setEnabled(false);
  });
  connect(annotation_, &AnnotationSession::operationFinished, this, [this](const QString& text, const QString& error) {
    running_->setText(error.isEmpty() ? QString() : tr("%1: %2").arg(text, error));
    cancel_->setEnabled(false);
    for (QPushButton* b : operationButtons_) b->setEnabled(true);
    if (!error.isEmpty()) emit failed(error);
  });
}

void ToolOptionsPanel::start(bool started) {
  if (!started && !annotation_->operationRunning())
    emit failed(tr("Choose an unlocked segment first (or paint one)."));
}

std::vector<std::tuple<QString, double, double>> ToolOptionsPanel::presets() const {
  std::vector<std::tuple<QString, double, double>> out;
  if (modality_ == QLatin1String("CT")) {
    for (const auto& p : ToolSettings::thresholdPresets()) out.emplace_back(QCoreApplication::translate("ToolSettings", p.name), p.lower, p.upper);
  } else if (modality_ == QLatin1String("NM") && maximum_ > 0) {
    // Counts have no fixed scale: a share of the scan's maximum (a hot lesion stands out at 30-50 %).
    for (int percent : {50, 30, 20}) out.emplace_back(tr("At least %1 % of the maximum count").arg(percent), std::round(maximum_ * percent / 100.0), maximum_);
  }
  return out;
}

void ToolOptionsPanel::setSeries(const QString& modality, double maximum) {
  modality_ = modality;
  maximum_ = maximum;
  const QSignalBlocker blocker(presets_);
  presets_->clear();
  presets_->addItem(tr("Custom range"));
  for (const auto& [name, lower, upper] : presets()) presets_->addItem(name);
  const QString unit = modality == QLatin1String("CT") ? tr(" HU") : modality == QLatin1String("NM") ? tr(" counts") : QString();
  for (QDoubleSpinBox* b : {lower_, upper_}) b->setSuffix(unit);
  refreshFromSettings();
}

void ToolOptionsPanel::refreshFromSettings() {
  const QSignalBlocker b1(radius_), b2(sphere_), b3(lower_), b4(upper_), b5(growMethod_), b6(growRadius_), b7(presets_);
  radius_->setValue(settings_->brushRadiusMm());
  sphere_->setChecked(settings_->brushIsSphere());
  const auto [lo, hi] = settings_->thresholdRange();
  lower_->setValue(lo);
  upper_->setValue(hi);
  int preset = 0;
  const auto all = presets();
  for (size_t i = 0; i < all.size(); ++i)
    if (std::get<1>(all[i]) == lo && std::get<2>(all[i]) == hi) preset = int(i) + 1;
  presets_->setCurrentIndex(preset);
  growMethod_->setCurrentIndex(int(settings_->regionGrow().method));
  growRadius_->setValue(settings_->regionGrow().maxRadiusMm);
}

}  // namespace rc
