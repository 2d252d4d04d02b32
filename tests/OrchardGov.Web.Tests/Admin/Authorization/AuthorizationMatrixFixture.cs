using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.ContentItems;
using OrchardGov.ContentManagement.Contents;
using OrchardGov.ContentManagement.Sites;
using OrchardGov.Disclosure.Models;
using OrchardGov.Disclosure.Services;
using OrchardGov.Disclosure.Services.Editing;
using OrchardGov.Web.Apis;
using OrchardGov.Web.Hosting;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// One portal for the whole matrix: the demo county and its first two townships, an article and a column made on
/// each, and one signed-in session per person, with the anti-forgery token their forms carry.
/// </summary>
public sealed partial class AuthorizationMatrixFixture : IAsyncLifetime
{
    /// <summary>A person with no role whom the people pages give a role and take it away again.</summary>
    public const string Bystander = "matrix-bystander";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<TargetSite, SiteSamples> _sites = [];
    private readonly Dictionary<Persona, string> _passwords = [];
    private readonly Dictionary<Persona, (AdminClient Client, string Token)> _sessions = [];
    private AdminClient? _anonymous;

    public PortalFactory Portal { get; } = new();

    public SiteSamples Site(TargetSite target) => _sites[target];

    /// <summary>The codes of every township of the county, in code order.</summary>
    public IReadOnlyList<string> CountyTownships { get; private set; } = [];

    /// <summary>The person's signed-in session, for looking at what the admin shows them.</summary>
    public HttpClient SessionOf(Persona persona) => _sessions[persona].Client.Http;

    public static string UserNameOf(Persona persona) => $"matrix-{persona.ToString().ToLowerInvariant()}";

    public async Task InitializeAsync()
    {
        // The first request starts the host, whose first start builds the demo county and its townships.
        Portal.CreateClient().Dispose();
        var registry = Portal.Services.GetRequiredService<SiteRegistry>();
        var county = await registry.GetAsync(FirstStart.DemoCounty);
        var townships = (await registry.ChildrenAsync(county.Id)).OrderBy(site => site.Code, StringComparer.Ordinal).ToList();
        CountyTownships = [.. townships.Select(site => site.Code)];
        _sites[TargetSite.Township] = await SeedAsync(townships[0]);
        _sites[TargetSite.SiblingTownship] = await SeedAsync(townships[1]);
        _sites[TargetSite.County] = await SeedAsync(county);

        _passwords[Persona.PlatformAdmin] = await AdminClient.CreatePersonAsync(Portal, UserNameOf(Persona.PlatformAdmin), platformAdmin: true);
        _passwords[Persona.TownshipAdmin] = await AdminClient.CreatePersonAsync(Portal, UserNameOf(Persona.TownshipAdmin), roles: (townships[0].Code, SiteRole.SiteAdmin));
        _passwords[Persona.TownshipEditor] = await AdminClient.CreatePersonAsync(Portal, UserNameOf(Persona.TownshipEditor), roles: (townships[0].Code, SiteRole.Editor));
        _passwords[Persona.CountyReviewer] = await AdminClient.CreatePersonAsync(Portal, UserNameOf(Persona.CountyReviewer), roles: (county.Code, SiteRole.Reviewer));
        _passwords[Persona.NoRole] = await AdminClient.CreatePersonAsync(Portal, UserNameOf(Persona.NoRole));
        await AdminClient.CreatePersonAsync(Portal, Bystander);
        foreach (var persona in Enum.GetValues<Persona>())
        {
            _sessions[persona] = await SignInAsync(persona);
        }

        _anonymous = AdminClient.Anonymous(Portal);
    }

    /// <summary>
    /// The operation as the person (null: anonymous) would send it to the site, its route values naming items of
    /// that site. A route that signs the person out gets a session of its own, so the person's other requests keep theirs.
    /// </summary>
    public async Task<MatrixRequest> PrepareAsync(Persona? persona, AdminRoute route, TargetSite target)
    {
        if (persona is { } person && route.EndsSession)
        {
            var (client, token) = await SignInAsync(person);
            return new MatrixRequest(client, await MessageAsync(route, target, token), ownsClient: true);
        }

        var session = persona is { } signedIn ? _sessions[signedIn] : (Client: _anonymous!, Token: "");
        return new MatrixRequest(session.Client, await MessageAsync(route, target, session.Token), ownsClient: false);
    }

    public async Task<StoreFingerprint> FingerprintAsync()
    {
        await using var connection = new SqliteConnection(Portal.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM Sites), (SELECT TOTAL(ContentStamp) FROM Sites), (SELECT COUNT(*) FROM AuditEntries),
                   (SELECT COUNT(*) FROM Documents), (SELECT IFNULL(MAX(Id), 0) FROM Documents), (SELECT TOTAL(LENGTH(Content)) FROM Documents),
                   (SELECT COUNT(*) FROM SiteFeatures), (SELECT COUNT(*) FROM AspNetUsers), (SELECT COUNT(*) FROM SiteRoleAssignments)
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new StoreFingerprint(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
            reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8));
    }

    public async Task DisposeAsync()
    {
        foreach (var (client, _) in _sessions.Values)
        {
            client.Dispose();
        }

        _anonymous?.Dispose();
        await Portal.DisposeAsync();
    }

    private async Task<HttpRequestMessage> MessageAsync(AdminRoute route, TargetSite target, string token)
    {
        var site = _sites[target];
        var id = route.Item switch
        {
            RouteItem.Article => site.ArticleId,
            RouteItem.Column => site.ColumnId,
            RouteItem.CatalogEntry => site.Entry.ContentItemId,
            RouteItem.NewColumn => await AddColumnAsync(site.Id, $"gone-{Guid.NewGuid():N}"[..13]),
            _ => "",
        };
        var path = RouteValue().Replace(route.Pattern, value => value.Groups["name"].Value switch
        {
            "code" => site.Code,
            "id" => id,
            "number" => "1",
            "key" => site.DomainKey,
            "featureId" => ContentApi.Feature.Id,
            "userName" => Bystander,
            "role" => "editor",
            var name => throw new InvalidOperationException($"The matrix has no value for {{{name}}} in {route.Pattern}."),
        });
        var query = route.Handler is { } handler ? "?handler=" + handler + (route.Query.Length > 0 ? "&" + route.Query[1..] : "") : route.Query;
        var request = new HttpRequestMessage(new HttpMethod(route.Method), path + query);
        if (route.IsApi)
        {
            request.Content = route.Json is { } body ? JsonContent.Create(body(site), options: Json) : null;
        }
        else if (route.Method != "GET")
        {
            var fields = route.Form?.Invoke(site, id) ?? [];
            request.Content = new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create(AdminClient.TokenField, token)]);
        }

        return request;
    }

    private async Task<SiteSamples> SeedAsync(Site site)
    {
        await using var session = Portal.Services.GetRequiredService<ContentStore>().OpenSession(site.Id);
        var catalog = await Portal.Services.GetRequiredService<CatalogReader>().ReadAsync(session, VersionOptions.Latest);
        var list = catalog.Columns.All.Where(c => c.Kind == ColumnKind.List && !catalog.Columns.IsHidden(c.ContentItemId)).MinBy(c => c.Order)
            ?? throw new InvalidOperationException($"Site {site.Code} has no list column to put an article in.");
        var article = await Portal.Services.GetRequiredService<ArticleEditor>().SaveDraftAsync(session, new Article { Title = "授权矩阵测试文章", ColumnId = list.ContentItemId });
        await session.CommitAsync();
        var columnId = await AddColumnAsync(site.Id, "matrix");
        return new SiteSamples(site.Code, site.Id, article.ContentItemId, list.ContentItemId, columnId, catalog.Entries[0], catalog.Domains[0].Key);
    }

    private async Task<string> AddColumnAsync(int siteId, string slug)
    {
        await using var session = Portal.Services.GetRequiredService<ContentStore>().OpenSession(siteId);
        var column = await Portal.Services.GetRequiredService<ColumnEditor>().AddAsync(session, new Column { Title = "授权矩阵测试栏目", Slug = slug, Kind = ColumnKind.List });
        await session.CommitAsync();
        return column.ContentItemId;
    }

    /// <summary>Signs in through the login form and keeps the token of the admin home's forms for the person's posts.</summary>
    private async Task<(AdminClient Client, string Token)> SignInAsync(Persona persona)
    {
        var client = await AdminClient.SignInAsync(Portal, UserNameOf(persona), _passwords[persona]);
        var token = AdminClient.TokenIn(await client.GetPageAsync("/admin"))
            ?? throw new InvalidOperationException($"The admin home shows {persona} no form with an anti-forgery token.");
        return (client, token);
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteValue();
}
