#include "imaging/Consensus.h"

#include "ItkBridge.h"

#include <QCoreApplication>

#include <itkSTAPLEImageFilter.h>

namespace rc {

namespace {

struct ConsensusTr {
  Q_DECLARE_TR_FUNCTIONS(Consensus)
};

}  // namespace

Result<StapleConsensus> stapleConsensus(const std::vector<SegmentMask>& masks, double threshold) {
  if (masks.size() < 2) return fail(ConsensusTr::tr("STAPLE needs the masks of two readers or more"));
  const auto dims = masks.front().dimensions();
  IndexBox box;
  for (const SegmentMask& m : masks) {
    if (m.dimensions() != dims) return fail(ConsensusTr::tr("the readers' masks are on different grids"));
    if (const auto b = m.bounds()) box = box.united(*b);
  }
  StapleConsensus result;
  result.mask = SegmentMask(dims);
  if (box.isEmpty()) return result;
  box = box.grown({kStapleMargin, kStapleMargin, kStapleMargin}, dims);

  using Filter = itk::STAPLEImageFilter<itkbridge::MaskImage3, itkbridge::FloatImage3>;
  auto filter = Filter::New();
  filter->SetForegroundValue(1);
  std::vector<itkbridge::MaskImage3::Pointer> inputs;
  for (size_t n = 0; n < masks.size(); ++n) {
    auto image = itkbridge::newMask<3>({box.size(0), box.size(1), box.size(2)}, {1.0, 1.0, 1.0});
    std::uint8_t* p = image->GetBufferPointer();
    for (int k = box.lo[2]; k <= box.hi[2]; ++k) {
      const std::uint8_t* plane = masks[n].slice(k);
      if (!plane) continue;
      for (int j = box.lo[1]; j <= box.hi[1]; ++j)
        for (int i = box.lo[0]; i <= box.hi[0]; ++i)
          p[(size_t(k - box.lo[2]) * size_t(box.size(1)) + size_t(j - box.lo[1])) * size_t(box.size(0)) + size_t(i - box.lo[0])] =
              plane[size_t(j) * size_t(dims[0]) + size_t(i)];
    }
    inputs.push_back(image);
    filter->SetInput(unsigned(n), image);
  }
  try {
    filter->Update();
  } catch (const itk::ExceptionObject& e) {
    return fail(ConsensusTr::tr("STAPLE failed: %1").arg(QString::fromLocal8Bit(e.GetDescription())));
  }
  const float* w = filter->GetOutput()->GetBufferPointer();
  for (int k = box.lo[2]; k <= box.hi[2]; ++k)
    for (int j = box.lo[1]; j <= box.hi[1]; ++j)
      for (int i = box.lo[0]; i <= box.hi[0]; ++i)
        if (w[(size_t(k - box.lo[2]) * size_t(box.size(1)) + size_t(j - box.lo[1])) * size_t(box.size(0)) + size_t(i - box.lo[0])] >= threshold)
          result.mask.set(i, j, k, true);
  result.mask.compact();
  for (size_t n = 0; n < masks.size(); ++n) {
    result.sensitivity.push_back(filter->GetSensitivity(unsigned(n)));
    result.specificity.push_back(filter->GetSpecificity(unsigned(n)));
  }
  result.iterations = int(filter->GetElapsedIterations());
  return result;
}

}  // namespace rc
