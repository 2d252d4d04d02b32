using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.Disclosure.Indexes;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Disclosure.Services.Settings;

namespace OrchardGov.Disclosure.Tests.Services.Editing;

/// <summary>Many editors publishing at once on one township: every article gets its own 索引号 and no serial is skipped.</summary>
public abstract class ConcurrentPublishingTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : DisclosureFixture
{
    private const int Articles = 1000;
    private const string OrganisationCode = "11441700007280420Y";

    [SkippableFact]
    public async Task A_thousand_articles_published_at_once_get_a_thousand_distinct_index_numbers_numbered_1_to_1000()
    {
        fixture.SkipIfUnavailable();
        var township = fixture.Scaffolder.TownshipsUnder("431202")[0];
        await fixture.Scaffolder.EnsureAncestorsAsync("431202", township);
        await fixture.Scaffolder.ScaffoldAsync(township.Code, "township");
        var site = await fixture.Sites.GetAsync(township.Code);
        var column = (await fixture.CatalogAsync(site)).Columns.All.First(c => c.Kind == ColumnKind.List);
        var ids = await CreateDraftsAsync(site.Id, column.ContentItemId);
        var publisher = fixture.Services.GetRequiredService<ArticlePublisher>();

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var session = fixture.Store.OpenSession(site.Id);
            await publisher.PublishAsync(session, id);
            await session.CommitAsync();
        })));

        await using var reader = fixture.Store.OpenSession(site.Id);
        var published = await reader.QueryIndexAsync<ArticleIndex>(row => row.Published, take: Articles * 2);
        var numbers = published.Select(item => ArticleContent.Read(item).IndexNumber).ToList();
        Assert.Equal(Articles, numbers.Count);
        Assert.Equal(Articles, numbers.Distinct().Count());
        var scope = numbers[0][..(numbers[0].LastIndexOf('-') + 1)];
        Assert.StartsWith(OrganisationCode + "/", scope);
        Assert.All(numbers, number => Assert.StartsWith(scope, number));
        Assert.Equal(Enumerable.Range(1, Articles), numbers.Select(n => int.Parse(n[scope.Length..], CultureInfo.InvariantCulture)).Order());
    }

    private async Task<IReadOnlyList<string>> CreateDraftsAsync(int siteId, string columnId)
    {
        await using var session = fixture.Store.OpenSession(siteId);
        await fixture.Services.GetRequiredService<DisclosureSettingsStore>().SaveAsync(session, new DisclosureSettings { OrganisationCode = OrganisationCode });
        var ids = new List<string>();
        for (var n = 1; n <= Articles; n++)
        {
            var item = ContentSession.New(DisclosureTypes.Article);
            ArticleContent.Write(new Article { Title = $"第 {n} 篇", ColumnId = columnId, Body = $"<p>{n}</p>" }, item);
            session.Create(item);
            ids.Add(item.ContentItemId);
        }

        await session.CommitAsync();
        return ids;
    }
}

public sealed class SqliteConcurrentPublishingTests(SqliteDisclosureFixture fixture) : ConcurrentPublishingTests<SqliteDisclosureFixture>(fixture);

public sealed class PostgresConcurrentPublishingTests(PostgresDisclosureFixture fixture) : ConcurrentPublishingTests<PostgresDisclosureFixture>(fixture);
