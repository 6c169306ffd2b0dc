// Reads a BINARY SEG with dcmjs (as a partner's JavaScript would) and prints, per segment, its
// label and voxels, and per frame the segment and the source image it names.
//   node read-seg.mjs SEG.dcm
import dcmjs from 'dcmjs';
import { readDataset, toArray } from './series.mjs';

const seg = readDataset(process.argv[2]);
if (seg.SegmentationType !== 'BINARY') throw new Error(`not a BINARY SEG: ${seg.SegmentationType}`);
const pixels = seg.Rows * seg.Columns;
const data = new Uint8Array(toArray(seg.PixelData)[0]);
const frames = Number(seg.NumberOfFrames);
const segments = {};
for (const s of toArray(seg.SegmentSequence)) segments[s.SegmentNumber] = { label: s.SegmentLabel, voxels: 0 };
const perFrame = [];
toArray(seg.PerFrameFunctionalGroupsSequence).forEach((group, f) => {
  if (f >= frames) return;
  const number = toArray(group.SegmentIdentificationSequence)[0].ReferencedSegmentNumber;
  const derivation = toArray(group.DerivationImageSequence)[0];
  const source = derivation ? toArray(derivation.SourceImageSequence)[0].ReferencedSOPInstanceUID : null;
  let voxels = 0;
  for (let n = f * pixels; n < (f + 1) * pixels; n++) if (data[n >> 3] & (1 << (n & 7))) voxels += 1;
  segments[number].voxels += voxels;
  perFrame.push({ segment: number, source, voxels });
});
console.log(JSON.stringify({ segments, perFrame, frames, dcmjs: dcmjs.version ?? null }));
