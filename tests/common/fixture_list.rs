// Every HTML fixture folder under tests/fixtures/, one line each. Included by
// tests/fixtures.rs (native) and tests/web.rs (live DOM in browsers), which
// define the `fixtures!` macro to make one test per line.
fixtures! {
    news_photo_captions => "news-photo-captions",
    newsletter_and_follow => "newsletter-and-follow",
    leaked_code => "leaked-code",
    programming_article => "programming-article",
    data_table => "data-table",
    german_article => "german-article",
    french_article => "french-article",
    cookie_and_comments => "cookie-and-comments",
    teasers_and_embeds => "teasers-and-embeds",
    calendar_and_ticker => "calendar-and-ticker",
    utility_classes => "utility-classes",
    next_story => "next-story",
    live_blog => "live-blog",
    recipe => "recipe",
    unmarked_comments => "unmarked-comments",
    encyclopedia_article => "encyclopedia-article",
    table_layout_blog => "table-layout-blog",
    question_and_answers => "question-and-answers",
    api_reference => "api-reference",
    spanish_article => "spanish-article",
    newsletter_post => "newsletter-post",
}
