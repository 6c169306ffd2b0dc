#pragma once
// Schema migrations of the case database. Migration N brings a database from version N-1 to
// N (SQLite: PRAGMA user_version; PostgreSQL: the schema_version table). Never edit a released
// migration: append a new one.
//
// Both engines run the same statements. CaseDatabase::migrate adapts the few type names that
// differ (id INTEGER PRIMARY KEY -> SERIAL, BLOB -> BYTEA, REAL -> DOUBLE PRECISION); the
// statements that cannot be adapted word for word (triggers) are given for each engine.

#include <vector>

namespace rc::schema {

struct Statement {
  Statement(const char* both) : sqlite(both), postgres(both) {}  // NOLINT: most are the same on both
  Statement(const char* sqliteOnly, const char* postgresOnly) : sqlite(sqliteOnly), postgres(postgresOnly) {}
  const char* sqlite;    // nullptr: not run on SQLite
  const char* postgres;  // nullptr: not run on PostgreSQL
};
using Migration = std::vector<Statement>;

// PostgreSQL's triggers call a function: this one refuses the change with the message it is given.
inline const char* const kPostgresRefusal =
    R"(CREATE FUNCTION rc_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$)";

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
               "user" TEXT NOT NULL,
               started_at TEXT NOT NULL,
               saved_at TEXT NOT NULL DEFAULT '',
               ended_at TEXT,
               ended_how TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX edit_sessions_open ON edit_sessions(ended_at)",
      },
      // 6: reading studies. People (persons and models) with their roles; projects with their
      // reading design and inclusion targets; cases (a series in a project) and assignments
      // (a reader on a case, with the reader's status). A label set now belongs to a series, a
      // project (0: the store's own set, outside any project) and a reader ('' outside
      // projects, a login, or 'consensus'); the old sets become the store's own. Submitted,
      // corrected and consensus versions are frozen as revisions that nothing changes. Audit
      // rows name the project and series and can be neither changed nor deleted.
      {
          R"(CREATE TABLE people (
               login TEXT PRIMARY KEY CHECK (login <> ''),
               display_name TEXT NOT NULL DEFAULT '',
               kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'model')),
               model_version TEXT NOT NULL DEFAULT '',
               password_hash TEXT NOT NULL DEFAULT '',
               created_at TEXT NOT NULL,
               archived_at TEXT NOT NULL DEFAULT ''))",
          R"(CREATE TABLE person_roles (
               login TEXT NOT NULL REFERENCES people(login),
               role TEXT NOT NULL CHECK (role IN ('reader', 'reviewer', 'data-manager')),
               PRIMARY KEY (login, role)))",
          R"(CREATE TABLE projects (
               id INTEGER PRIMARY KEY,
               name TEXT NOT NULL UNIQUE CHECK (name <> ''),
               vocabulary TEXT NOT NULL DEFAULT '',
               sheet_template TEXT NOT NULL DEFAULT '',
               clinical_template TEXT NOT NULL DEFAULT '',
               readers_per_case INTEGER NOT NULL DEFAULT 1 CHECK (readers_per_case >= 1),
               blinded INTEGER NOT NULL DEFAULT 0,
               review_required INTEGER NOT NULL DEFAULT 0,
               created_at TEXT NOT NULL,
               created_by TEXT NOT NULL,
               archived_at TEXT NOT NULL DEFAULT ''))",
          R"(CREATE TABLE project_targets (
               project_id INTEGER NOT NULL REFERENCES projects(id),
               category TEXT NOT NULL CHECK (category <> ''),
               target INTEGER NOT NULL CHECK (target >= 0),
               PRIMARY KEY (project_id, category)))",
          R"(CREATE TABLE cases (
               id INTEGER PRIMARY KEY,
               project_id INTEGER NOT NULL REFERENCES projects(id),
               series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
               category TEXT NOT NULL DEFAULT '',
               excluded_reason TEXT NOT NULL DEFAULT '',
               added_at TEXT NOT NULL,
               added_by TEXT NOT NULL,
               UNIQUE (project_id, series_id)))",
          "CREATE INDEX cases_by_project ON cases(project_id)",
          R"(CREATE TABLE assignments (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               reader TEXT NOT NULL REFERENCES people(login),
               status TEXT NOT NULL CHECK (status IN ('assigned', 'in progress', 'submitted', 'in review', 'accepted',
                                                      'returned')),
               reason TEXT NOT NULL DEFAULT '',
               assigned_at TEXT NOT NULL,
               assigned_by TEXT NOT NULL,
               updated_at TEXT NOT NULL,
               updated_by TEXT NOT NULL,
               UNIQUE (case_id, reader)))",
          "CREATE INDEX assignments_by_reader ON assignments(reader)",
          R"(CREATE TABLE label_sets_v6 (
               id INTEGER PRIMARY KEY,
               series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
               project_id INTEGER NOT NULL DEFAULT 0,
               reader TEXT NOT NULL DEFAULT '',
               content TEXT NOT NULL,
               updated_at TEXT NOT NULL,
               revision INTEGER NOT NULL DEFAULT 1,
               updated_by TEXT NOT NULL DEFAULT '',
               UNIQUE (series_id, project_id, reader)))",
          R"(INSERT INTO label_sets_v6 (series_id, project_id, reader, content, updated_at, revision, updated_by)
               SELECT series_id, 0, '', content, updated_at, revision, updated_by FROM label_sets)",
          R"(CREATE TABLE segment_masks_v6 (
               set_id INTEGER NOT NULL REFERENCES label_sets_v6(id) ON DELETE CASCADE,
               segment_number INTEGER NOT NULL,
               mask BLOB NOT NULL,
               revision INTEGER NOT NULL DEFAULT 1,
               PRIMARY KEY (set_id, segment_number)))",
          R"(INSERT INTO segment_masks_v6 (set_id, segment_number, mask, revision)
               SELECT l.id, m.segment_number, m.mask, m.revision FROM segment_masks m
               JOIN label_sets_v6 l ON l.series_id = m.series_id AND l.project_id = 0 AND l.reader = '')",
          "DROP TABLE segment_masks",
          "DROP TABLE label_sets",
          "ALTER TABLE label_sets_v6 RENAME TO label_sets",
          "ALTER TABLE segment_masks_v6 RENAME TO segment_masks",
          R"(CREATE TABLE label_revisions (
               id INTEGER PRIMARY KEY,
               set_id INTEGER NOT NULL REFERENCES label_sets(id) ON DELETE CASCADE,
               number INTEGER NOT NULL,
               kind TEXT NOT NULL CHECK (kind IN ('submitted', 'corrected', 'consensus', 'imported')),
               content TEXT NOT NULL,
               made_by TEXT NOT NULL,
               made_at TEXT NOT NULL,
               note TEXT NOT NULL DEFAULT '',
               UNIQUE (set_id, number)))",
          R"(CREATE TABLE revision_masks (
               revision_id INTEGER NOT NULL REFERENCES label_revisions(id) ON DELETE CASCADE,
               segment_number INTEGER NOT NULL,
               mask BLOB NOT NULL,
               PRIMARY KEY (revision_id, segment_number)))",
          {nullptr, kPostgresRefusal},
          {R"(CREATE TRIGGER label_revisions_never_change BEFORE UPDATE ON label_revisions
               BEGIN SELECT RAISE(ABORT, 'a label revision is never changed'); END)",
           R"(CREATE TRIGGER label_revisions_never_change BEFORE UPDATE ON label_revisions
               FOR EACH ROW EXECUTE FUNCTION rc_refuse('a label revision is never changed'))"},
          {R"(CREATE TRIGGER revision_masks_never_change BEFORE UPDATE ON revision_masks
               BEGIN SELECT RAISE(ABORT, 'a label revision is never changed'); END)",
           R"(CREATE TRIGGER revision_masks_never_change BEFORE UPDATE ON revision_masks
               FOR EACH ROW EXECUTE FUNCTION rc_refuse('a label revision is never changed'))"},
          "ALTER TABLE audit_log ADD COLUMN project TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE audit_log ADD COLUMN series_uid TEXT NOT NULL DEFAULT ''",
          "CREATE INDEX audit_by_time ON audit_log(at)",
          {R"(CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit rows are never changed'); END)",
           R"(CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
               FOR EACH ROW EXECUTE FUNCTION rc_refuse('audit rows are never changed'))"},
          {R"(CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit rows are never deleted'); END)",
           R"(CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
               FOR EACH ROW EXECUTE FUNCTION rc_refuse('audit rows are never deleted'))"},
      },
      // 7: an opt-out removes the patient's details from the audit rows that name the patient
      // (code, series, detail); who did what and when stays. Any other change is refused.
      {
          {"DROP TRIGGER audit_log_never_updated", "DROP TRIGGER audit_log_never_updated ON audit_log"},
          {R"(CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
               WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
                         AND NEW.project = OLD.project AND NEW.patient_code = '' AND NEW.series_uid = ''
                         AND NEW.detail = 'patient details removed by an opt-out')
               BEGIN SELECT RAISE(ABORT, 'audit rows are never changed (an opt-out only removes patient details)'); END)",
           R"(CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log FOR EACH ROW
               WHEN (NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
                          AND NEW.project = OLD.project AND NEW.patient_code = '' AND NEW.series_uid = ''
                          AND NEW.detail = 'patient details removed by an opt-out'))
               EXECUTE FUNCTION rc_refuse('audit rows are never changed (an opt-out only removes patient details)'))"},
      },
      // 8: the bone-scan study. Analysis programs' results per patient (and scan date when the
      // file gives it); each reader's reading of a case (count of metastases, EOD grade, the
      // superscan tick, metastasis yes/no, made in the viewer or imported from paper); and the
      // hotspot marks a reader placed on a whole-body view. All of it goes with the patient on
      // an opt-out (cascades from patients and cases).
      {
          R"(CREATE TABLE bone_scan_results (
               id INTEGER PRIMARY KEY,
               patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
               study_date TEXT NOT NULL DEFAULT '',
               program TEXT NOT NULL CHECK (program <> ''),
               version TEXT NOT NULL DEFAULT '',
               tracer TEXT NOT NULL CHECK (tracer IN ('MDP', 'HMDP')),
               bsi REAL CHECK (bsi IS NULL OR (bsi >= 0 AND bsi <= 100)),
               hotspots INTEGER CHECK (hotspots IS NULL OR hotspots >= 0),
               region_bsi TEXT NOT NULL DEFAULT '',
               source TEXT NOT NULL DEFAULT '',
               imported_at TEXT NOT NULL,
               imported_by TEXT NOT NULL,
               UNIQUE (patient_id, study_date, program, version)))",
          R"(CREATE TABLE bone_scan_reads (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               reader TEXT NOT NULL REFERENCES people(login),
               metastases INTEGER NOT NULL CHECK (metastases >= 0),
               superscan INTEGER NOT NULL DEFAULT 0 CHECK (superscan IN (0, 1)),
               eod INTEGER NOT NULL CHECK (eod BETWEEN 0 AND 4),
               eod_reason TEXT NOT NULL DEFAULT '',
               metastasis INTEGER NOT NULL CHECK (metastasis IN (0, 1)),
               source TEXT NOT NULL CHECK (source IN ('viewer', 'imported')),
               revision INTEGER NOT NULL DEFAULT 1,
               updated_at TEXT NOT NULL,
               updated_by TEXT NOT NULL,
               UNIQUE (case_id, reader)))",
          R"(CREATE TABLE bone_scan_marks (
               id INTEGER PRIMARY KEY,
               case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
               reader TEXT NOT NULL REFERENCES people(login),
               sop_instance_uid TEXT NOT NULL CHECK (sop_instance_uid <> ''),
               frame INTEGER NOT NULL DEFAULT 1 CHECK (frame >= 1),
               view TEXT NOT NULL CHECK (view IN ('anterior', 'posterior')),
               x REAL NOT NULL,
               y REAL NOT NULL,
               region TEXT NOT NULL CHECK (region <> ''),
               call TEXT NOT NULL CHECK (call IN ('metastasis', 'equivocal', 'benign')),
               same_lesion_as INTEGER REFERENCES bone_scan_marks(id) ON DELETE SET NULL,
               made_at TEXT NOT NULL))",
          "CREATE INDEX bone_scan_marks_by_case ON bone_scan_marks(case_id, reader)",
      },
      // 9: diagnostic reports. Only the de-identified text is stored (with where each
      // replacement stands), under the study it belongs to, so that an opt-out takes it with
      // the study; authors by a pseudonym per author, found again through a keyed hash of the
      // name (the name itself is never stored); studies keep a keyed hash of their accession
      // number (the number itself is removed from the images), for matching reports to them.
      {
          "ALTER TABLE studies ADD COLUMN accession_key TEXT NOT NULL DEFAULT ''",
          "CREATE INDEX studies_by_accession_key ON studies(accession_key) WHERE accession_key <> ''",
          R"(CREATE TABLE report_authors (
               id INTEGER PRIMARY KEY,
               author_key TEXT NOT NULL UNIQUE CHECK (author_key <> ''),
               pseudonym TEXT NOT NULL UNIQUE CHECK (pseudonym <> '')))",
          R"(CREATE TABLE reports (
               id INTEGER PRIMARY KEY,
               study_id INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
               source TEXT NOT NULL DEFAULT '',
               source_key TEXT NOT NULL UNIQUE CHECK (source_key <> ''),
               author TEXT NOT NULL DEFAULT '',
               report_date TEXT NOT NULL DEFAULT '',
               findings TEXT NOT NULL DEFAULT '',
               impression TEXT NOT NULL DEFAULT '',
               replacements TEXT NOT NULL DEFAULT '[]',
               status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'confirmed')),
               edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
               revision INTEGER NOT NULL DEFAULT 1,
               imported_at TEXT NOT NULL,
               imported_by TEXT NOT NULL,
               confirmed_at TEXT NOT NULL DEFAULT '',
               confirmed_by TEXT NOT NULL DEFAULT ''))",
          "CREATE INDEX reports_by_study ON reports(study_id)",
      },
      // 10: team mode. A project's inclusion targets keep the order they were given in a
      // column of their own (SQLite's rowid gave it, which PostgreSQL has no equivalent of).
      {
          "ALTER TABLE project_targets ADD COLUMN position INTEGER NOT NULL DEFAULT 0",
          {"UPDATE project_targets SET position = rowid", nullptr},
      },
  };
  return all;
}

}  // namespace rc::schema
