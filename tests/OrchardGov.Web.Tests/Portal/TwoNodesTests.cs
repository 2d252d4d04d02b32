using OrchardGov.ContentManagement.Storage;
using OrchardGov.Testing;

namespace OrchardGov.Web.Tests.Portal;

/// <summary>
/// Two web nodes on one database, each with its own page cache: what is published through one is on the other's
/// pages at the next request, though the other had the page cached.
/// </summary>
public abstract class TwoNodesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orchardgov-nodes-").FullName;
    private TestDatabase _database = null!;
    private PortalFactory? _first;
    private PortalFactory? _second;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider, _folder);
        if (_database.Unavailable is null)
        {
            _first = new PortalFactory(_database.Settings);
            _first.CreateClient();  // the first start scaffolds the demo platform
            _second = new PortalFactory(_database.Settings);
        }
    }

    [SkippableFact]
    public async Task An_article_published_on_one_node_is_on_the_other_nodes_cached_column_page_at_the_next_request()
    {
        Skip.If(_database.Unavailable is not null, _database.Unavailable);
        var second = _second!.CreateClient();
        Assert.Contains("本栏目暂无信息", await second.GetStringAsync("/431202001/tzgg/"));
        Assert.Contains("本栏目暂无信息", await second.GetStringAsync("/431202001/tzgg/"));

        var id = await PortalContent.PublishAsync(_first!.Services, "431202001", PortalContent.News("城中街道关于冬季防火的通告", "col-tzgg"));

        var page = await second.GetStringAsync("/431202001/tzgg/");
        Assert.Contains("城中街道关于冬季防火的通告", page);
        Assert.Contains($"/431202001/tzgg/{id}.html", page);

        await PortalContent.UnpublishAsync(_second.Services, "431202001", id);
        Assert.DoesNotContain("城中街道关于冬季防火的通告", await _first.CreateClient().GetStringAsync("/431202001/tzgg/"));
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

public sealed class SqliteTwoNodesTests() : TwoNodesTests(DatabaseProvider.Sqlite);

public sealed class PostgresTwoNodesTests() : TwoNodesTests(DatabaseProvider.Postgres);
