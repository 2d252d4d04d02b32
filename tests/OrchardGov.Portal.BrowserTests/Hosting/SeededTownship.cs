using OrchardGov.Disclosure.Models;
using OrchardGov.Portal.BrowserTests.Pages;

namespace OrchardGov.Portal.BrowserTests.Hosting;

/// <summary>What <see cref="TownshipSeed"/> put on the township, and where a visitor finds it.</summary>
public sealed record SeededTownship(
    string Code,
    string Name,
    IReadOnlyDictionary<PageKind, string> Paths,
    string EmptyColumnPath,
    IReadOnlyList<string> NewsTitlesNewestFirst,
    Article FullArticle,
    CatalogEntry FullArticleEntry,
    string FullArticleDomainName,
    Domain NotApplicableDomain);
