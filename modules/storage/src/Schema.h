#pragma once
// Schema migrations of the case database. Migration N brings a database from version N-1 to
// N (PRAGMA user_version). Never edit a released migration: append a new one.

#include <vector>

namespace rc::schema {

using Migration = std::vector<const char*>;

inline const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
      // 1: patients, studies, series, instances and the import log.
      {
          R"(CREATE TABLE patients (
               id INTEGER PRIMARY KEY,
               code TEXT NOT NULL UNIQUE CHECK (code <> ''),
               name TEXT NOT NULL DEFAULT '',
               sex TEXT NOT NULL DEFAULT '',
               birth_date TEXT NOT NULL DEFAULT '',
               age TEXT NOT NULL DEFAULT ''))",
          R"(CREATE TABLE studies (
               id INTEGER PRIMARY KEY,
               patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
               study_uid TEXT NOT NULL UNIQUE CHECK (study_uid <> ''),
               study_date TEXT NOT NULL DEFAULT '',
               study_time TEXT NOT NULL DEFAULT '',
               description TEXT NOT NULL DEFAULT '',
               accession_number TEXT NOT NULL DEFAULT ''))",
          R"(CREATE TABLE series (
               id INTEGER PRIMARY KEY,
               study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
               series_uid TEXT NOT NULL UNIQUE CHECK (series_uid <> ''),
               modality TEXT NOT NULL DEFAULT '',
               body_part TEXT NOT NULL DEFAULT '',
               description TEXT NOT NULL DEFAULT '',
               series_date TEXT NOT NULL DEFAULT '',
               series_number INTEGER NOT NULL DEFAULT 0,
               rows INTEGER NOT NULL DEFAULT 0,
               columns INTEGER NOT NULL DEFAULT 0,
               instance_count INTEGER NOT NULL DEFAULT 0,
               frame_count INTEGER NOT NULL DEFAULT 0,
               transfer_syntax_uid TEXT NOT NULL DEFAULT '',
               folder TEXT NOT NULL))",
          R"(CREATE TABLE instances (
               id INTEGER PRIMARY KEY,
               series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
               sop_instance_uid TEXT NOT NULL UNIQUE CHECK (sop_instance_uid <> ''),
               sop_class_uid TEXT NOT NULL DEFAULT '',
               instance_number INTEGER NOT NULL DEFAULT 0,
               rows INTEGER NOT NULL DEFAULT 0,
               columns INTEGER NOT NULL DEFAULT 0,
               frames INTEGER NOT NULL DEFAULT 1,
               transfer_syntax_uid TEXT NOT NULL DEFAULT '',
               file_path TEXT NOT NULL,
               file_size INTEGER NOT NULL DEFAULT 0,
               sha256 TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX instances_by_series ON instances(series_id, instance_number)",
          "CREATE INDEX series_by_study ON series(study_id)",
          "CREATE INDEX studies_by_patient ON studies(patient_id)",
          R"(CREATE TABLE imports (
               id INTEGER PRIMARY KEY,
               started_at TEXT NOT NULL,
               source TEXT NOT NULL,
               files_imported INTEGER NOT NULL,
               series_imported INTEGER NOT NULL,
               skipped INTEGER NOT NULL,
               errors INTEGER NOT NULL))",
      },
      // 2: de-identification: burned-in text review, store settings, the audit log, and the
      // export ledger (filled by exports; read by opt-out to say who received a patient).
      {
          "ALTER TABLE instances ADD COLUMN burned_in_risk TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE instances ADD COLUMN burned_in_review TEXT NOT NULL DEFAULT ''",
          R"(CREATE TABLE settings (
               key TEXT PRIMARY KEY,
               value TEXT NOT NULL))",
          R"(CREATE TABLE audit_log (
               id INTEGER PRIMARY KEY,
               at TEXT NOT NULL,
               actor TEXT NOT NULL,
               action TEXT NOT NULL,
               patient_code TEXT NOT NULL DEFAULT '',
               detail TEXT NOT NULL DEFAULT ''))",
          R"(CREATE TABLE exports (
               id INTEGER PRIMARY KEY,
               created_at TEXT NOT NULL,
               partner TEXT NOT NULL,
               destination TEXT NOT NULL DEFAULT '',
               created_by TEXT NOT NULL DEFAULT '',
               note TEXT NOT NULL DEFAULT ''))",
          R"(CREATE TABLE export_items (
               id INTEGER PRIMARY KEY,
               export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
               patient_code TEXT NOT NULL,
               study_uid TEXT NOT NULL DEFAULT '',
               series_uid TEXT NOT NULL DEFAULT '',
               sop_instance_uid TEXT NOT NULL DEFAULT '',
               file_sha256 TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX export_items_by_patient ON export_items(patient_code)",
      },
      // 3: labels of a series (segments, findings, reader) as JSON, the segment masks as
      // run-length blobs; both go with their series (and so with an opted-out patient).
      {
          R"(CREATE TABLE label_sets (
               series_id INTEGER PRIMARY KEY REFERENCES series(id) ON DELETE CASCADE,
               content TEXT NOT NULL,
               updated_at TEXT NOT NULL))",
          R"(CREATE TABLE segment_masks (
               series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
               segment_number INTEGER NOT NULL,
               mask BLOB NOT NULL,
               PRIMARY KEY (series_id, segment_number)))",
      },
      // 4: measurements a reader made on a series (rulers, ellipse and rectangle ROIs): the
      // plane, the slice and two points in voxel index coordinates; values are computed.
      {
          R"(CREATE TABLE measurements (
               id INTEGER PRIMARY KEY,
               series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
               kind TEXT NOT NULL,
               normal_axis INTEGER NOT NULL CHECK (normal_axis BETWEEN 0 AND 2),
               slice INTEGER NOT NULL,
               points TEXT NOT NULL,
               label TEXT NOT NULL DEFAULT '',
               created_by TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL))",
          "CREATE INDEX measurements_by_series ON measurements(series_id)",
      },
      // 5: edits saved as they are made. A label set has a revision (optimistic locking: a
      // save based on another revision is refused) and each mask row the revision that
      // last wrote it, so a save rewrites only the masks that changed. Clinical records per
      // patient (fields from a project template, as JSON). Edit sessions: who has which
      // series open, so a crashed session is noticed at the next start.
      {
          "ALTER TABLE label_sets ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
          "ALTER TABLE label_sets ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE segment_masks ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
          R"(CREATE TABLE clinical_records (
               patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
               template TEXT NOT NULL,
               content TEXT NOT NULL,
               revision INTEGER NOT NULL,
               updated_at TEXT NOT NULL,
               updated_by TEXT NOT NULL))",
          R"(CREATE TABLE edit_sessions (
               id INTEGER PRIMARY KEY,
               series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
               host TEXT NOT NULL,
               pid INTEGER NOT NULL,
               user TEXT NOT NULL,
               started_at TEXT NOT NULL,
               saved_at TEXT NOT NULL DEFAULT '',
               ended_at TEXT,
               ended_how TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX edit_sessions_open ON edit_sessions(ended_at)",
      },
  };
  return all;
}

}  // namespace rc::schema
