//! Text-mode fixtures: `tests/text/<case>.txt` split by the real text adapter
//! and classified, against the labels in `<case>.labels.jsonl` (the labeled-text
//! format: one document per line, `{"id", "lang", "blocks": [{"text", "label"}]}`).
//! One test per case; a failure names the case and every wrong block.
//!
//! `tests/text/scrapes/` and `tests/text/unseen/` (`<case>.labels.jsonl`):
//! invented scrapes of whole pages and article regions (news in 26
//! languages, blogs, recipes, reviews, press releases, tutorials, a live blog,
//! interviews, listicles), written from the label rules alone, without seeing
//! Declutter's labels; the text is the blocks joined by blank lines. The
//! scrapes are also training data (`scripts/train`); the unseen ones never
//! are. Text mode does not get every block of them right (see
//! docs/ACCURACY.md), so they guard against regressions: each case must keep
//! [`SCRAPE_MIN_ACCURACY`] of its blocks and [`SCRAPE_MIN_BODY_RECALL`] of its
//! article, and each folder pooled [`SCRAPES_MIN_MACRO_F1`].
//!
//! `tests/text/heldout/`: the held-out scrapes of rounds 3 to 12 (`r3-` to
//! `r12-`), never trained on, checked pooled only ([`HELDOUT_MIN_MACRO_F1`]).

use declutter::text::collapse_whitespace;
use declutter::{classify_text, Label, Options, Verdict};
use serde_json::Value;

fn check(case: &str, text: &str, labels: &str) {
    let doc: Value = serde_json::from_str(labels.lines().next().unwrap_or_default())
        .unwrap_or_else(|e| panic!("{case}: labels file is not JSON: {e}"));
    let expected = doc["blocks"].as_array().expect("blocks array");
    let got = classify_text(text, &Options::default());
    assert_eq!(
        got.len(),
        expected.len(),
        "{case}: text splits into {} blocks, labels file has {}",
        got.len(),
        expected.len()
    );
    let mut wrong = Vec::new();
    for (i, ((block, verdict), want)) in got.iter().zip(expected).enumerate() {
        assert_eq!(
            block.text,
            collapse_whitespace(want["text"].as_str().unwrap_or_default()),
            "{case}: block {i} text differs from the labels file"
        );
        let want_label = want["label"].as_str().unwrap_or_default();
        if verdict.label.as_str() != want_label {
            wrong.push(format!(
                "  block {i}: expected {want_label}, got {} ({}): {:.60}",
                verdict.label, verdict.reason, block.text
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{case}: {} of {} blocks wrong:\n{}",
        wrong.len(),
        got.len(),
        wrong.join("\n")
    );
}

macro_rules! text_fixture {
    ($name:ident, $case:literal) => {
        #[test]
        fn $name() {
            check(
                $case,
                include_str!(concat!("text/", $case, ".txt")),
                include_str!(concat!("text/", $case, ".labels.jsonl")),
            );
        }
    };
}

text_fixture!(nypost_budapest, "nypost-budapest");

/// Share of a scrape's blocks that must be labelled right (the weakest case
/// scores 0.79 when set: a software release post whose changelog reads like
/// a menu; 0.70 before the scrapes were training data).
const SCRAPE_MIN_ACCURACY: f64 = 0.65;
/// Share of a scrape's body blocks that must stay body (the weakest keeps
/// 0.68 when set, the same post; 0.55 before the scrapes were training data:
/// programming articles, whose command lines, code samples and short lists
/// read as clutter or leaked code).
const SCRAPE_MIN_BODY_RECALL: f64 = 0.5;
/// Macro-F1 over the four labels, a folder's cases pooled (0.942 for the
/// scrapes, 0.924 for the unseen ones when set).
const SCRAPES_MIN_MACRO_F1: f64 = 0.88;
/// Macro-F1 of `tests/text/heldout/` pooled (0.882 when set, 0.891 with round 5;
/// with rounds 6 to 8, 0.884 at cc19ef3 and 0.893 after the rules of their
/// rounds; retraining alone moves it by about 0.005; with rounds 9 and 10,
/// 0.896 at 761c6b1 and 0.921 after round 9's rules; with round 11, 0.933
/// after the comment, teaser, figure and recipe rules; with round 12, 0.923).
const HELDOUT_MIN_MACRO_F1: f64 = 0.88;

/// One block of a scrape: its true label and Declutter's verdict.
struct Row {
    want: Label,
    got: Verdict,
    text: String,
}

/// The blocks of a scrape, after checking that the joined text splits back
/// into the same blocks.
fn scrape(case: &str, labels: &str) -> Vec<Row> {
    let doc: Value = serde_json::from_str(labels.trim())
        .unwrap_or_else(|e| panic!("{case}: labels file is not JSON: {e}"));
    let blocks = doc["blocks"].as_array().expect("blocks array");
    let text: Vec<&str> = blocks
        .iter()
        .map(|b| b["text"].as_str().unwrap_or_default())
        .collect();
    let got = classify_text(&text.join("\n\n"), &Options::default());
    assert_eq!(got.len(), blocks.len(), "{case}: block count");
    got.into_iter()
        .zip(blocks)
        .map(|((block, got), want)| {
            let want = want["label"].as_str().unwrap_or_default();
            Row {
                want: Label::ALL
                    .into_iter()
                    .find(|l| l.as_str() == want)
                    .unwrap_or_else(|| panic!("{case}: unknown label {want:?}")),
                got,
                text: block.text,
            }
        })
        .collect()
}

fn check_scrape(case: &str, labels: &str) {
    let rows = scrape(case, labels);
    let right = rows.iter().filter(|r| r.want == r.got.label).count();
    let body: Vec<&Row> = rows.iter().filter(|r| r.want == Label::Body).collect();
    let body_kept = body.iter().filter(|r| r.got.label == Label::Body).count();
    let accuracy = right as f64 / rows.len().max(1) as f64;
    let recall = body_kept as f64 / body.len().max(1) as f64;
    let wrong: Vec<String> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.want != r.got.label)
        .map(|(i, r)| {
            format!(
                "  block {i}: expected {}, got {} ({}): {:.60}",
                r.want, r.got.label, r.got.reason, r.text
            )
        })
        .collect();
    assert!(
        accuracy >= SCRAPE_MIN_ACCURACY && recall >= SCRAPE_MIN_BODY_RECALL,
        "{case}: accuracy {accuracy:.2}, body recall {recall:.2}; wrong blocks:\n{}",
        wrong.join("\n")
    );
}

/// Mean F1 over the labels that occur (`confusion[truth][predicted]`).
fn macro_f1(confusion: &[[usize; 4]; 4]) -> f64 {
    let f1s: Vec<f64> = (0..4)
        .filter(|&i| confusion[i].iter().sum::<usize>() > 0)
        .map(|i| {
            let tp = confusion[i][i] as f64;
            let predicted: usize = (0..4).map(|t| confusion[t][i]).sum();
            let support: usize = confusion[i].iter().sum();
            2.0 * tp / (predicted + support) as f64
        })
        .collect();
    f1s.iter().sum::<f64>() / f1s.len().max(1) as f64
}

/// A folder's cases pooled: macro-F1 over the four labels at least `$min`.
macro_rules! pooled {
    ($folder:literal, $min:expr, { $($case:literal),* $(,)? }) => {
        #[test]
        fn pooled_macro_f1() {
            let index = |l: Label| Label::ALL.iter().position(|&x| x == l).unwrap_or(0);
            let mut confusion = [[0usize; 4]; 4];
            $(
                for r in scrape($case, include_str!(concat!("text/", $folder, "/", $case, ".labels.jsonl"))) {
                    confusion[index(r.want)][index(r.got.label)] += 1;
                }
            )*
            let macro_f1 = macro_f1(&confusion);
            assert!(
                macro_f1 >= $min,
                "{}: macro-F1 {macro_f1:.3} < {}; confusion (rows true) {confusion:?}",
                $folder,
                $min
            );
        }
    };
}

/// One test per case ([`check_scrape`]) and the folder pooled.
macro_rules! scrapes {
    ($module:ident, $folder:literal, { $($name:ident => $case:literal),* $(,)? }) => {
        mod $module {
            use super::*;

            $(
                #[test]
                fn $name() {
                    check_scrape($case, include_str!(concat!("text/", $folder, "/", $case, ".labels.jsonl")));
                }
            )*

            pooled!($folder, SCRAPES_MIN_MACRO_F1, { $($case),* });
        }
    };
}

scrapes!(scrapes, "scrapes", {
    ar_desalination => "ar-desalination",
    at_tageszeitung_regionalbahn => "at-tageszeitung-regionalbahn",
    au_rental => "au-rental",
    ca_broadcaster_flood_dike => "ca-broadcaster-flood-dike",
    car_review_strata_gt => "car-review-strata-gt",
    celeb_engagement_rumor => "celeb-engagement-rumor",
    cs_hokej_lomnice_hradiste => "cs-hokej-lomnice-hradiste",
    de_brueckensperrung => "de-brueckensperrung",
    de_datenleck_faq => "de-datenleck-faq",
    de_filmkritik_stille_hafen => "de-filmkritik-stille-hafen",
    de_interview_schlafforscherin => "de-interview-schlafforscherin",
    de_kolumne_ladenschluss => "de-kolumne-ladenschluss",
    de_magazin_haushaltsstreit => "de-magazin-haushaltsstreit",
    de_rezept => "de-rezept",
    de_ssh_fido2 => "de-ssh-fido2",
    en_blog_sourdough_quitting => "en-blog-sourdough-quitting",
    en_phone_review_nimbus7pro => "en-phone-review-nimbus7pro",
    es_economia_supermercados_valdeluz => "es-economia-supermercados-valdeluz",
    es_huerto_balcon => "es-huerto-balcon",
    es_mx_bloqueo_agua_tenayac => "es-mx-bloqueo-agua-tenayac",
    es_regional_centro_salud => "es-regional-centro-salud",
    fi_hellejakso => "fi-hellejakso",
    finance_corvane => "finance-corvane",
    fr_courrier_lecteurs => "fr-courrier-lecteurs",
    fr_critique_theatre_vents_contraires => "fr-critique-theatre-vents-contraires",
    fr_pterosaure_jura => "fr-pterosaure-jura",
    fr_regional_pont_ferme => "fr-regional-pont-ferme",
    fr_societe_colocation_seniors => "fr-societe-colocation-seniors",
    fr_tech_fuite_mutuelle => "fr-tech-fuite-mutuelle",
    fr_tutoriel_robinet => "fr-tutoriel-robinet",
    garden_dahlia_tubers => "garden-dahlia-tubers",
    health_iron_faq => "health-iron-faq",
    hi_dengue_haripur => "hi-dengue-haripur",
    id_banjir => "id-banjir",
    in_local_leopard_school => "in-local-leopard-school",
    it_cronaca_omicidio_officina => "it-cronaca-omicidio-officina",
    it_sport_valdoria_rimonta => "it-sport-valdoria-rimonta",
    ja_national_water => "ja-national-water",
    ko_rural_bus => "ko-rural-bus",
    live_wildfire => "live-wildfire",
    nl_gemeente_speeltuin => "nl-gemeente-speeltuin",
    nl_publieke_omroep_veerpont_harlekamp => "nl-publieke-omroep-veerpont-harlekamp",
    nl_regio_brug_aanvaring => "nl-regio-brug-aanvaring",
    obit_teacher => "obit-teacher",
    opinion_benches => "opinion-benches",
    pl_most => "pl-most",
    pl_zdrowie_borelioza => "pl-zdrowie-borelioza",
    pressrelease_verabel => "pressrelease-verabel",
    pt_br_tarifa_onibus_serra_azul => "pt-br-tarifa-onibus-serra-azul",
    pt_direto_tempestade => "pt-direto-tempestade",
    pt_futebol_aurora_itavera => "pt-futebol-aurora-itavera",
    pt_pt_escola_vale_de_azenhas => "pt-pt-escola-vale-de-azenhas",
    pt_roteiro_acores => "pt-roteiro-acores",
    recipe_plum_cake => "recipe-plum-cake",
    review_lumio_folio7 => "review-lumio-folio7",
    ru_regional_bridge => "ru-regional-bridge",
    science_songbird_compass => "science-songbird-compass",
    sports_match_report => "sports-match-report",
    sv_farja => "sv-farja",
    sv_fotboll_hammarvik_eksjo => "sv-fotboll-hammarvik-eksjo",
    tabloid_nanny_freezer => "tabloid-nanny-freezer",
    tr_zeytin => "tr-zeytin",
    travel_blog_vessen => "travel-blog-vessen",
    travel_vellamare_10_things => "travel-vellamare-10-things",
    tutorial_python_debounce => "tutorial-python-debounce",
    tv_severe_weather => "tv-severe-weather",
    uk_biomass_boiler => "uk-biomass-boiler",
    uk_council_tax_revolt => "uk-council-tax-revolt",
    uk_tabloid_showbiz_split => "uk-tabloid-showbiz-split",
    univ_glacier_fractures => "univ-glacier-fractures",
    us_cityhall_transit_levy => "us-cityhall-transit-levy",
    vi_vnindex_giam => "vi-vnindex-giam",
    wire_rural_maternity => "wire-rural-maternity",
});

scrapes!(unseen, "unseen", {
    ar_safa_desalination => "ar-safa-desalination",
    be_sint_jorisveld_zwembad => "be-sint-jorisveld-zwembad",
    br_ipca15_marco_inflacao => "br-ipca15-marco-inflacao",
    cronaca_tribunale => "cronaca-tribunale",
    cs_sesuv_trat => "cs-sesuv-trat",
    da_vindmoeller_hedeby => "da-vindmoeller-hedeby",
    de_oberfelden_bruecke_vollsperrung => "de-oberfelden-bruecke-vollsperrung",
    deq_lead_lines => "deq-lead-lines",
    el_nero_kalamida => "el-nero-kalamida",
    en_merbau_hawkers => "en-merbau-hawkers",
    es_almenara_valdecruces_cronica => "es-almenara-valdecruces-cronica",
    explicador_tasa_turistica => "explicador-tasa-turistica",
    fi_saha_rautalahti => "fi-saha-rautalahti",
    finance_emergency_fund => "finance-emergency-fund",
    foodblog_zwetschgendatschi => "foodblog-zwetschgendatschi",
    fr_saint_aubin_maternite_fermeture => "fr-saint-aubin-maternite-fermeture",
    he_alonim_mosaic => "he-alonim-mosaic",
    hi_sarojpur_hailstorm => "hi-sarojpur-hailstorm",
    hu_szikes_to => "hu-szikes-to",
    it_riforma_province_senato => "it-riforma-province-senato",
    ja_shiramine_railway => "ja-shiramine-railway",
    ko_namgang_market_fire => "ko-namgang-market-fire",
    kultur_recension_vinterhamnen => "kultur-recension-vinterhamnen",
    letters_dunhallow => "letters-dunhallow",
    liste_chauffage => "liste-chauffage",
    longread_weir => "longread-weir",
    ratgeber_fahrradkette => "ratgeber-fahrradkette",
    regnews_ru_staryi_most => "regnews-ru-staryi-most",
    review_glass_ferry => "review-glass-ferry",
    ro_tramvai_strajesti => "ro-tramvai-strajesti",
    ru_otoplenie_svetloborsk => "ru-otoplenie-svetloborsk",
    sport_pl_stal_brzezina => "sport-pl-stal-brzezina",
    techblog_larch_release => "techblog-larch-release",
    technews_ja_sorano_kaze2 => "technews-ja-sorano-kaze2",
    uk_soniachna_stantsiia_shkola => "uk-soniachna-stantsiia-shkola",
    uk_wexcombe_lido_flats_refused => "uk-wexcombe-lido-flats-refused",
    us_millbrook_pharmacy_burglary => "us-millbrook-pharmacy-burglary",
    vi_durian_prices => "vi-durian-prices",
    voyage_alentejo_pedralva => "voyage-alentejo-pedralva",
    zh_qingyuan_canteens => "zh-qingyuan-canteens",
});

/// The held-out scrapes of the latest rounds, pooled only: they measure how
/// text mode does on kinds of text it was never trained on, and five of them
/// are below the per-case bar (docs/ACCURACY.md names them).
mod heldout {
    use super::*;

    pooled!("heldout", HELDOUT_MIN_MACRO_F1, {
        "r3-da-forbrug-reklamation",
        "r3-en-recipe-blog",
        "r3-es-concierto-lunares-madrid",
        "r3-es-obituario-luthier",
        "r3-ferrule-release-notes",
        "r3-id-nasika-pro",
        "r3-it-local-landslide",
        "r3-it-ricetta-giornale",
        "r3-ja-recipe-nikujaga",
        "r3-nl-boekrecensie-tuinman-ouddorp",
        "r3-no-sport-reportasje-fotball",
        "r3-tr-test-surusu-varlen-sonda",
        "r3-tutorial-systemd-backups",
        "r3-wire-grid-outages",
        "r3-zh-portal-farm-machines",
        "r4-cs-recenze-zimni-pristav",
        "r4-da-debat-smaa-skoler",
        "r4-de-diy-bad-fliesen",
        "r4-de-regional-bruecke",
        "r4-el-katolisthisi-oreina",
        "r4-en-baking-morning-buns",
        "r4-en-eng-blog-ci-cache",
        "r4-en-univ-news-screen-sleep",
        "r4-es-national-fp-fullpage",
        "r4-es-salud-golpe-calor",
        "r4-fr-national-secheresse",
        "r4-fr-recette-tarte-poireaux",
        "r4-it-recensione-notebook",
        "r4-ja-tech-edgeai",
        "r4-ko-blog-kimchi-jjigae",
        "r4-nl-wedstrijdverslag",
        "r4-pl-przewodnik-twierdza",
        "r4-pt-guia-airfryer",
        "r4-ru-kormushka-svoimi-rukami",
        "r4-sv-kommun-atervinning",
        "r4-tr-news-sel",
        "r4-ukregional-court",
        "r4-ustv-watermain",
        "r4-zh-local-tunnel",
        "r5-au-news-barrinjee",
        "r5-cs-news-pivovar",
        "r5-de-hochwasser-lauter",
        "r5-es-cronica-penascal",
        "r5-fr-test-casque-sonora",
        "r5-it-viaggio-roccaviva",
        "r5-ja-news-haikou",
        "r5-nl-internet-vergelijken",
        "r5-pl-hala-targowa",
        "r5-pt-dengue-sintomas",
        "r5-recipe-chickpea-stew",
        "r5-ru-sport-burevestnik",
        "r5-sv-recipe-kycklinggryta",
        "r5-tr-review-vireo",
        "r5-us-business-harlow",
        "r5-zh-tech-panshi",
        "r6-ar-opinion-public-library",
        "r6-de-ratgeber-steuererklaerung-checkliste",
        "r6-el-kalamnos-travel",
        "r6-en-court-millbrook-care-home",
        "r6-en-podcast-load-path-142",
        "r6-es-directo-ribera-castellar",
        "r6-estrelato-casamento-torrano",
        "r6-ferrousnotes-httpx-retries",
        "r6-fr-climat-episodes-mediterraneens",
        "r6-gearward-hiking-boots",
        "r6-hi-cricket-chandanpur-century",
        "r6-it-intervista-rinaldi-faro",
        "r6-ja-minato-kita-line",
        "r6-kaiposten-fjordvik-snudde",
        "r6-ko-han-seoyun-drama-return",
        "r6-ledgerlane-sinking-funds",
        "r6-lovbacka-bro-stangs",
        "r6-nl-persbericht-buurtbatterij-haverdijk",
        "r6-pl-tech-vexa-aktualizacja",
        "r6-ru-severogorsk-tram",
        "r6-tr-kuzeykent-osb-ihracat",
        "r6-wartaniaga-senja-raya-ipo",
        "r6-zdravi-vitamin-d-zima",
        "r6-zh-lanxing-q7pro-review",
        "r7-celebrity-gossip-vane-corrigan",
        "r7-council-notice-office-move",
        "r7-de-bundesliga-lindenau-rheinhafen",
        "r7-encyclopedia-dunmere-canal",
        "r7-es-analisis-norvik-aster-7-pro",
        "r7-fa-ketabkhaneh",
        "r7-fi-lossi",
        "r7-football-transfer-gossip",
        "r7-forum-radiator-thread",
        "r7-fr-recette-tarte-poireaux-comte",
        "r7-hu-strandfurdo",
        "r7-it-cronaca-rapina-borgo-santerno",
        "r7-ja-note-hayaoki",
        "r7-ko-it-npu",
        "r7-newsletter-understory-87",
        "r7-nl-reizen-skarvoy-noorderlicht",
        "r7-obituary-mabry-guestbook",
        "r7-pl-poradnik-odpowietrzanie-kaloryfera",
        "r7-pt-politica-lei-rendas-acessiveis",
        "r7-science-moss-roofs",
        "r7-th-chang-pa",
        "r7-uk-novyny-mist-verbohrad",
        "r7-vi-sat-lo",
        "r7-zhtw-yuguang-park",
        "r8-ar-columna-ruiz-maidana",
        "r8-at-orf-mure-ennsbrunn",
        "r8-au-wirrimbah-bypass",
        "r8-be-rtbw-ligne-bus-47",
        "r8-ca-northreach-earnings",
        "r8-da-nyhed-bro-skovlund",
        "r8-de-techblog-restic-anleitung",
        "r8-dech-badi-rietmatt",
        "r8-es-vivienda-precios-valdesalinas",
        "r8-fr-regional-ecole-occupation",
        "r8-ie-ballykeeran-hurling",
        "r8-in-devgarh-flyover",
        "r8-it-ricetta-crostata-albicocche",
        "r8-ja-review-sorawave-air3",
        "r8-mx-bloqueo-agua-tlacotepec",
        "r8-nl-consument-energietips",
        "r8-nz-kaiwhero-bach-garden",
        "r8-pl-sport-zryw-pogon",
        "r8-ptbr-tutorial-fastapi-sqlite",
        "r8-ru-nauka-kipenie-v-gorah",
        "r8-sv-recension-vinterljus",
        "r8-uk-planning-rebellion",
        "r8-us-tv-warehouse-fire",
        "r8-za-thabeng-water",
        "r9-ca-devblog-sdk-changelog",
        "r9-de-fahrbericht-nordwerk-lumen7",
        "r9-de-gemeinderatswahl-hollenbrunn",
        "r9-es-alerta-roja-sierra-olvarde",
        "r9-fi-lintuasema-muuttolaskenta",
        "r9-fr-critique-saison-des-cendres",
        "r9-fr-degustation-vins-loire",
        "r9-he-festival-culture",
        "r9-id-smartphone-comparison-table",
        "r9-it-comunicato-api-rumore-traffico",
        "r9-ja-game-release-date",
        "r9-ko-museum-exhibition-review",
        "r9-mx-agenda-fin-de-semana",
        "r9-nl-blog-bedtijd-tips",
        "r9-pl-recenzja-ostatni-prom",
        "r9-pt-tribunal-ex-autarca-condenado",
        "r9-sv-insamling-aldrelinjen",
        "r9-tr-transit-metro-disruption",
        "r9-uk-longread-drowned-village",
        "r9-uk-school-renovation-local",
        "r9-us-advice-mortgage-payoff",
        "r9-us-wire-drought-cattle",
        "r9-vi-health-iron-deficiency-faq",
        "r9-zh-finance-lanwan-storage",
        "r10-ar-oil-prices-rasalghazal",
        "r10-br-fofoca-casal-ilha-garoupa",
        "r10-cs-radiouhlik-vysvetlujeme",
        "r10-de-theaterkritik-haus-am-wehr",
        "r10-de-verbraucher-heizkosten-betrug",
        "r10-el-tourism-armyronisi",
        "r10-es-arqueologia-fichas-bronce",
        "r10-es-opinion-libreria-barrio",
        "r10-fr-communique-fongea-levee",
        "r10-fr-cyclisme-gp-saint-medard",
        "r10-hu-csirkepaprikas-recept",
        "r10-ie-farming-cattle-price-report",
        "r10-it-confronto-macchine-caffe",
        "r10-it-sottopasso-allagato-diretta",
        "r10-ja-matsuri-hoshikawa",
        "r10-ko-weather-hanpa",
        "r10-nl-woningmarkt-uitleg-starters",
        "r10-pl-napad-kantor-olszynow",
        "r10-ro-motiune-cenzura",
        "r10-ru-winter-car-care",
        "r10-uk-football-live-castlebridge",
        "r10-us-interview-parlor-arceneaux",
        "r10-us-shell-backup-script",
        "r10-zh-phone-review-lanxing",
        "r11-ar-sports-sahlan-marathon-record",
        "r11-au-real-estate-inland-towns-price-table",
        "r11-ca-letters-to-the-editor-fares-library-sidewalks",
        "r11-de-autotest-velor-kestra-hybrid",
        "r11-es-fichaje-salvatierra-atletico-valdeluz",
        "r11-fr-droits-locataire-depot-de-garantie",
        "r11-hi-state-politics-songarh-cabinet-expansion",
        "r11-id-travel-volcano-hike-sangkara",
        "r11-in-tech-kairo-zest-12-pro-launch",
        "r11-it-elezioni-comunali-castelrupe-risultati",
        "r11-ja-typhoon-trains-suspended",
        "r11-ko-drama-ratings-moonlight-stop",
        "r11-nl-be-n437-kalmhoven-afgesloten-omleidingen",
        "r11-pl-inflacja-pazdziernik-spadek-uslugi",
        "r11-pt-receita-toucinho-do-ceu-vale-de-arcos",
        "r11-ru-science-comet-lavreneva",
        "r11-sv-kulturkronika-vintertradgarden-lindqvist",
        "r11-tr-health-sleep-expert-advice",
        "r11-uk-football-castlebridge-ashworth-match-report",
        "r11-us-how-to-fix-bike-puncture-tube",
        "r11-us-local-tv-weather-ice-storm-warning",
        "r11-us-newsletter-sinking-funds-annual-budget",
        "r11-us-university-release-prairie-fungi-drought",
        "r11-zh-tech-earnings-yuntu-third-quarter",
        "r12-cs-recenze-posledni-vlak-do-lipomeric",
        "r12-da-boligmarked-huspriser-stiger-igen",
        "r12-de-at-skigebiet-ruprechtsalm-saisonstart",
        "r12-es-ar-ferroviario-sur-crisis-renuncia-tecnico",
        "r12-fa-culture-book-fair-abginehshahr",
        "r12-fr-ch-votation-piscine-regionale-breve",
        "r12-he-startup-funding-series-a",
        "r12-ie-death-notice-brid-moloney-funeral-details",
        "r12-it-ch-allerta-maltempo-valle-morasca",
        "r12-ja-local-election-shinonomehara-mayor",
        "r12-ko-smartphone-hands-on-review-leo7",
        "r12-nl-fietsroute-zandhorster-bult-elsterveen",
        "r12-nz-rugby-injury-update-harrowdale-squad",
        "r12-pt-br-tutorial-configurar-roteador-wifi",
        "r12-th-temple-festival-lantern-tourism",
        "r12-uk-city-council-heating-outages",
        "r12-uk-council-planning-decision-depot-flats",
        "r12-us-blog-garden-harvest-dilly-beans",
        "r12-us-consumer-agency-recall-tower-space-heaters",
        "r12-us-gaming-news-orbit-2-firmware-update",
        "r12-us-science-explainer-octopus-sleep",
        "r12-vi-traffic-accident-provincial-road-712",
        "r12-za-load-shedding-schedule-stage-four-khanyisa-bay",
        "r12-zh-tw-night-market-food-feature",
    });
}
