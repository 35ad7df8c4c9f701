// Constraints and indexes, applied idempotently at every start (src/db/schema-setup.ts).
// Every entity carries :Entity plus its own label; ids are unique across the whole graph and within each label.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT working_group_id IF NOT EXISTS FOR (n:WorkingGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT publication_id IF NOT EXISTS FOR (n:Publication) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_document_id IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT competence_standard_id IF NOT EXISTS FOR (n:CompetenceStandard) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;

// Name order and the accent- and case-folded name match (`nameContains`, a CONTAINS on searchKey: text indexes).
CREATE RANGE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE RANGE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE RANGE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE RANGE INDEX working_group_name IF NOT EXISTS FOR (n:WorkingGroup) ON (n.name);
CREATE RANGE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE RANGE INDEX publication_name IF NOT EXISTS FOR (n:Publication) ON (n.name);
CREATE RANGE INDEX policy_document_name IF NOT EXISTS FOR (n:PolicyDocument) ON (n.name);
CREATE RANGE INDEX competence_standard_name IF NOT EXISTS FOR (n:CompetenceStandard) ON (n.name);
CREATE RANGE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE RANGE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
// A-Z order of names and titles ignoring case and accents: lists order on the folded searchKey (src/graph/keyset.ts).
CREATE RANGE INDEX country_sort_name IF NOT EXISTS FOR (n:Country) ON (n.searchKey);
CREATE RANGE INDEX place_sort_name IF NOT EXISTS FOR (n:Place) ON (n.searchKey);
CREATE RANGE INDEX organisation_sort_name IF NOT EXISTS FOR (n:Organisation) ON (n.searchKey);
CREATE RANGE INDEX working_group_sort_name IF NOT EXISTS FOR (n:WorkingGroup) ON (n.searchKey);
CREATE RANGE INDEX event_sort_name IF NOT EXISTS FOR (n:Event) ON (n.searchKey);
CREATE RANGE INDEX publication_sort_name IF NOT EXISTS FOR (n:Publication) ON (n.searchKey);
CREATE RANGE INDEX policy_document_sort_name IF NOT EXISTS FOR (n:PolicyDocument) ON (n.searchKey);
CREATE RANGE INDEX competence_standard_sort_name IF NOT EXISTS FOR (n:CompetenceStandard) ON (n.searchKey);
CREATE RANGE INDEX person_sort_name IF NOT EXISTS FOR (n:Person) ON (n.searchKey);
CREATE RANGE INDEX topic_sort_name IF NOT EXISTS FOR (n:Topic) ON (n.searchKey);
CREATE TEXT INDEX country_search_key IF NOT EXISTS FOR (n:Country) ON (n.searchKey);
CREATE TEXT INDEX place_search_key IF NOT EXISTS FOR (n:Place) ON (n.searchKey);
CREATE TEXT INDEX organisation_search_key IF NOT EXISTS FOR (n:Organisation) ON (n.searchKey);
CREATE TEXT INDEX working_group_search_key IF NOT EXISTS FOR (n:WorkingGroup) ON (n.searchKey);
CREATE TEXT INDEX event_search_key IF NOT EXISTS FOR (n:Event) ON (n.searchKey);
CREATE TEXT INDEX publication_search_key IF NOT EXISTS FOR (n:Publication) ON (n.searchKey);
CREATE TEXT INDEX policy_document_search_key IF NOT EXISTS FOR (n:PolicyDocument) ON (n.searchKey);
CREATE TEXT INDEX competence_standard_search_key IF NOT EXISTS FOR (n:CompetenceStandard) ON (n.searchKey);
CREATE TEXT INDEX person_search_key IF NOT EXISTS FOR (n:Person) ON (n.searchKey);
CREATE TEXT INDEX topic_search_key IF NOT EXISTS FOR (n:Topic) ON (n.searchKey);

// Filters analysts use: kinds and levels, years and dates, country codes.
CREATE RANGE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE RANGE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.year);
CREATE RANGE INDEX event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE RANGE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE RANGE INDEX organisation_country_code IF NOT EXISTS FOR (n:Organisation) ON (n.countryCode);
CREATE RANGE INDEX organisation_founded IF NOT EXISTS FOR (n:Organisation) ON (n.founded);
CREATE RANGE INDEX place_country_code IF NOT EXISTS FOR (n:Place) ON (n.countryCode);
CREATE RANGE INDEX publication_kind IF NOT EXISTS FOR (n:Publication) ON (n.kind);
CREATE RANGE INDEX publication_year IF NOT EXISTS FOR (n:Publication) ON (n.year);
CREATE RANGE INDEX policy_document_kind IF NOT EXISTS FOR (n:PolicyDocument) ON (n.kind);
CREATE RANGE INDEX policy_document_year IF NOT EXISTS FOR (n:PolicyDocument) ON (n.year);
CREATE RANGE INDEX policy_document_date IF NOT EXISTS FOR (n:PolicyDocument) ON (n.date);
CREATE RANGE INDEX competence_standard_level IF NOT EXISTS FOR (n:CompetenceStandard) ON (n.level);
CREATE RANGE INDEX competence_standard_year IF NOT EXISTS FOR (n:CompetenceStandard) ON (n.year);
CREATE RANGE INDEX working_group_start_year IF NOT EXISTS FOR (n:WorkingGroup) ON (n.startYear);

// Substring matches on folded names across all types (search falls back to these when a word is inside a token).
CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (n:Entity) ON (n.searchKey);

// Full-text search over names, acronyms, original and (through searchKey) alternative names of every entity type.
// standard-folding lower-cases and folds accents ("Liège" is indexed as "liege"); the query side is built from
// plain words only (src/features/search/lucene-query.ts), so no user text is ever Lucene syntax.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Place|Organisation|WorkingGroup|Event|Publication|PolicyDocument|CompetenceStandard|Person|Topic)
ON EACH [n.name, n.acronym, n.originalName, n.searchKey]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Provenance (src/domain/provenance.ts): one SourceDocument per ingested text, keyed by the SHA-256 of that text.
CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (d:SourceDocument) REQUIRE d.id IS UNIQUE;
CREATE RANGE INDEX source_document_url IF NOT EXISTS FOR (d:SourceDocument) ON (d.url);

// Review queue (src/pipelines/ingest/ingest.proposal-queue.ts): what ingestion did not write as a fact, for an editor to accept or reject.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
// A PENDING proposal is unique by what it would write (its change key; removed when it is reviewed).
CREATE CONSTRAINT proposal_pending_key IF NOT EXISTS FOR (p:Proposal) REQUIRE p.pendingKey IS UNIQUE;
CREATE RANGE INDEX proposal_status IF NOT EXISTS FOR (p:Proposal) ON (p.status, p.createdAt);

// The dashboard's kept counts (cypher/counts.cypher): one bucket per key, merged by concurrent writers.
CREATE CONSTRAINT count_bucket_key IF NOT EXISTS FOR (b:CountBucket) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT count_state_id IF NOT EXISTS FOR (s:CountState) REQUIRE s.id IS UNIQUE;
