//! The graphic's own words: every label, line and message a reader or a screen
//! reader meets that is not a figure of the articles, in each language, as
//! `data/copy.json` holds them (read by serde at build time and baked with the
//! dataset). A message is named by a `Msg`; `{name}` marks a place the story
//! layer fills in.

/// Declares the messages once: the enum, its list and each message's key in
/// `data/copy.json`.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $key:literal,)*) => {
        /// A message of the graphic, by name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
        }

        impl Msg {
            /// Every message, in the order the copy is baked.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// Its key in `data/copy.json`.
            pub fn key(self) -> &'static str {
                match self {
                    $(Msg::$name => $key,)*
                }
            }
        }
    };
}

messages! {
    /// The graphic's accessible name.
    Graphic = "graphic",
    /// The language switch: the other language's name, in that language.
    OtherLanguage = "other_language",
    Back = "back",
    Next = "next",
    /// Next on the last slide.
    Again = "again",
    /// The group of step buttons.
    Steps = "steps",
    /// A step button's name: `{n}`, `{title}`.
    Step = "step",
    /// Said when the slide changes: `{n}`, `{count}`, `{title}`.
    Announce = "announce",
    /// The line under the controls saying that figures can be tapped (in the
    /// kiosk, shown while the attract loop plays).
    TapHint = "tap_hint",
    /// The kiosk's pause and play button.
    Pause = "pause",
    Play = "play",
    /// Beside the kiosk's QR code of the slide's link.
    Phone = "phone",
    /// A region button's name: `{kicker}`, `{headline}`, `{detail}`.
    Mark = "mark",
    /// The same, for a value the graphic computed.
    MarkDerived = "mark_derived",
    /// The data and downloads disclosure.
    Data = "data",
    /// The download row and its buttons.
    Save = "save",
    SavePng = "save_png",
    SaveSvg = "save_svg",
    SaveCsv = "save_csv",
    SaveLink = "save_link",
    /// What the note under the download row says.
    LinkCopied = "link_copied",
    LinkRefused = "link_refused",
    DownloadFailed = "download_failed",
    /// The downloads' code could not be loaded.
    SaveBroken = "save_broken",
    /// Said in the open data disclosure: its table could not be loaded.
    TableFailed = "table_failed",
    /// The other language's words could not be loaded (said in the language shown).
    WordsFailed = "words_failed",
    /// The sentences a tooltip quotes could not be loaded.
    QuotesFailed = "quotes_failed",
    /// The line shown where the graphic stopped, or never ran, and where the
    /// host's still image stands in for it.
    Stopped = "stopped",
    NotLoaded = "not_loaded",
    StillImage = "still_image",
    /// The fallback's link to the data.
    DataCsv = "data_csv",
    /// The overview's kicker.
    Overview = "overview",
    /// The footnotes: hatching, and numbers the graphic made.
    HedgeNote = "hedge_note",
    CountsNote = "counts_note",
    DerivedNote = "derived_note",
    /// The mark of a value the graphic computed.
    Derived = "derived",
    /// A coverage cell: `{n}` figures (one, or several), text only, not reported.
    CellFigure = "cell_figure",
    CellFigures = "cell_figures",
    CellTextOnly = "cell_text_only",
    CellNotReported = "cell_not_reported",
    /// A cell whose only figures count points made in a speech.
    CellSaid = "cell_said",
    /// The coverage grid's key.
    KeyFigures = "key_figures",
    KeyTextOnly = "key_text_only",
    KeyNotReported = "key_not_reported",
    /// The notes block's heading and lines: `{zone}`, `{theme}` or `{themes}`.
    Notes = "notes",
    NoteWordsOnly = "note_words_only",
    NoteNotReported = "note_not_reported",
    /// A words-only line with its own note on what the sentence says: `{zone}`, `{note}`.
    NoteOwn = "note_own",
    /// Between the items of a short list.
    ListSep = "list",
    /// A label with its period: `{label}`, `{period}`.
    WithPeriod = "with_period",
    /// A number and its unit: `{number}`, `{unit}` (whether a space joins them).
    NumberUnit = "number_unit",
    /// The story's sentences and the pieces they are made of: separators,
    /// hedged numbers, credits, lists, explanations, summaries and the data
    /// table's columns.
    Semicolon = "semicolon",
    And = "and",
    FullStop = "full_stop",
    LabelValue = "label_value",
    MoreThan = "more_than",
    Nearly = "nearly",
    Over = "over",
    About = "about",
    Credit = "credit",
    Names = "names",
    NamesLast = "names_last",
    ThemesLast = "themes_last",
    ThemesLastComma = "themes_last_comma",
    Source = "source",
    TextOnly = "text_only",
    TextOnlyDetail = "text_only_detail",
    NotReported = "not_reported",
    NotReportedDetail = "not_reported_detail",
    RatioDetail = "ratio_detail",
    DerivedSource = "derived_source",
    SummaryZone = "summary_zone",
    SummaryOverview = "summary_overview",
    SummarySlide = "summary_slide",
    SummarySlideOne = "summary_slide_one",
    SummaryHedged = "summary_hedged",
    SummarySilent = "summary_silent",
    CountFigure = "count_figure",
    CountFigures = "count_figures",
    TableZone = "table_zone",
    TableWhat = "table_what",
    TableFigure = "table_figure",
    TableUnit = "table_unit",
    TableHedge = "table_hedge",
    TablePeriod = "table_period",
    TableSentence = "table_sentence",
    TableArticle = "table_article",
    TableTheme = "table_theme",
    /// The CSV's plain number and who reported each figure.
    TableValue = "table_value",
    TableReportedBy = "table_reported_by",
    /// A slide's text alternative: `{title}`, `{summary}`.
    Alt = "alt",
    HedgeMoreThan = "hedge_more_than",
    HedgeNearly = "hedge_nearly",
    HedgeOver = "hedge_over",
    QuoteGloss = "quote_gloss",
    /// A sentence of an article, quoted in a tooltip: `{quote}`.
    Quoted = "quoted",
}

impl Msg {
    /// The messages only the build writes out (the data tables, the fallback
    /// and its CSV, the loader's lines in `fallback/words.json`): the module
    /// bakes them empty (`Words::without`), as it never shows them.
    pub const BUILD_ONLY: [Msg; 16] = [
        Msg::TableZone,
        Msg::TableWhat,
        Msg::TableFigure,
        Msg::TableUnit,
        Msg::TableHedge,
        Msg::TablePeriod,
        Msg::TableSentence,
        Msg::TableArticle,
        Msg::TableTheme,
        Msg::TableValue,
        Msg::TableReportedBy,
        Msg::QuoteGloss,
        Msg::Stopped,
        Msg::NotLoaded,
        Msg::StillImage,
        Msg::DataCsv,
    ];
}
