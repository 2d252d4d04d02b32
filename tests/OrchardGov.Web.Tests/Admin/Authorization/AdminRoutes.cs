using OrchardGov.ContentManagement.Accounts;
using OrchardGov.Disclosure.Services.IndexNumbers;
using OrchardGov.Web.Apis;

namespace OrchardGov.Web.Tests.Admin.Authorization;

/// <summary>
/// Every admin operation and the permission it needs, stated by hand from what each one does. The route coverage
/// test fails when the app maps an admin operation missing here, so no new route escapes the matrix.
/// </summary>
public static class AdminRoutes
{
    private const SitePermission View = SitePermission.ViewDrafts;
    private const SitePermission Edit = SitePermission.EditContent;
    private const SitePermission Review = SitePermission.Review;
    private const SitePermission Manage = SitePermission.ManageSite;
    private const SitePermission Audit = SitePermission.ViewAudit;
    private const SitePermission Compliance = SitePermission.ViewCompliance;

    private static readonly DateTime FarFuture = new(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<AdminRoute> All { get; } = [.. Pages(), .. SitePages(), .. DisclosurePages(), .. Api()];

    /// <summary>The sign-in page, the one admin address open to everyone, so it is outside the matrix.</summary>
    public static IReadOnlyList<string> SignIn { get; } = ["GET /admin/login", "POST /admin/login"];

    public static AdminRoute Find(string key) =>
        All.SingleOrDefault(route => route.Key == key) ?? throw new ArgumentException($"No admin route is listed as “{key}”.", nameof(key));

    /// <summary>The pages that serve no one site: each shows a person only what their roles reach.</summary>
    private static IEnumerable<AdminRoute> Pages()
    {
        yield return new("GET", "/admin", null);
        // Signing out is a form post; the address answers 405 to a GET from anyone signed in.
        yield return new("GET", "/admin/logout", null);
        yield return new("POST", "/admin/logout", null) { EndsSession = true };
        yield return new("GET", "/admin/account", null);
        // A wrong current password: the page refuses it and nothing changes, for everyone alike.
        yield return new("POST", "/admin/account", null)
        {
            Form = (_, _) => [("CurrentPassword", "not-the-password"), ("NewPassword", "Matrix-Passw0rd-2"), ("ConfirmPassword", "Matrix-Passw0rd-2")],
        };
        yield return new("GET", "/admin/users", Manage);
        yield return new("POST", "/admin/users", Manage)
        {
            Handler = "Create", Form = (site, _) => [("Person.UserName", NewUserName()), ("Person.Role", "editor"), ("Person.SiteCode", site.Code)],
        };
        yield return new("POST", "/admin/users", Manage)
        {
            Handler = "Remove", Form = (site, _) => [("userName", AuthorizationMatrixFixture.Bystander), ("siteCode", site.Code), ("role", "editor")],
        };
        yield return new("GET", "/admin/audit", Audit);
        yield return new("GET", "/admin/audit", Audit) { Handler = "Export" };
        // Like the people and audit pages, the review queue is for those who hold its permission somewhere.
        yield return new("GET", "/admin/reviews", Review);
        // The working-day calendar serves the whole platform. A year that does not read and a year never loaded: refused, nothing stored.
        yield return new("GET", "/admin/calendar", null) { PlatformOnly = true };
        yield return new("POST", "/admin/calendar", null) { PlatformOnly = true, Handler = "Load", Form = (_, _) => [("Json", "{ \"year\": 2027,")] };
        yield return new("POST", "/admin/calendar", null) { PlatformOnly = true, Handler = "Remove", Form = (_, _) => [("year", "1999")] };
    }

    private static IEnumerable<AdminRoute> SitePages()
    {
        yield return new("GET", "/admin/{code}", View);
        yield return new("GET", "/admin/{code}/settings", Manage);
        yield return new("POST", "/admin/{code}/settings", Manage) { Handler = "Footer", Form = (_, _) => [("Footer.Sponsor", "授权矩阵主办单位")] };
        yield return new("POST", "/admin/{code}/settings", Manage) { Handler = "Enable", Form = (_, _) => [("feature", ContentApi.Feature.Id)] };
        yield return new("POST", "/admin/{code}/settings", Manage) { Handler = "Disable", Form = (_, _) => [("feature", ContentApi.Feature.Id)] };
        // A recipe and a child code the page turns down: the matrix is about who may ask, not about building sites.
        yield return new("POST", "/admin/{code}/settings", Manage) { Handler = "Scaffold", Form = (_, _) => [("recipe", "matrix-no-such-recipe")] };
        yield return new("POST", "/admin/{code}/settings", Manage) { Handler = "CreateChild", Form = (_, _) => [("childCode", "000")] };
        yield return new("GET", "/admin/{code}/users", Manage);
        yield return new("POST", "/admin/{code}/users", Manage) { Handler = "Create", Form = (_, _) => [("Person.UserName", NewUserName()), ("Person.Role", "editor")] };
        yield return new("POST", "/admin/{code}/users", Manage) { Handler = "Assign", Form = (_, _) => [("userName", AuthorizationMatrixFixture.Bystander), ("role", "editor")] };
        yield return new("POST", "/admin/{code}/users", Manage) { Handler = "Remove", Form = (_, _) => [("userName", AuthorizationMatrixFixture.Bystander), ("role", "editor")] };
    }

    private static IEnumerable<AdminRoute> DisclosurePages()
    {
        yield return new("GET", "/admin/{code}/catalog", View);
        yield return new("GET", "/admin/{code}/catalog", View) { Handler = "Export" };
        yield return new("POST", "/admin/{code}/catalog", Edit) { Handler = "MarkDomain", Form = (site, _) => [("domainKey", site.DomainKey), ("applies", "true")] };
        yield return new("POST", "/admin/{code}/catalog", Edit) { Handler = "Submit" };
        yield return new("POST", "/admin/{code}/catalog", Edit) { Handler = "Import" };
        yield return new("GET", "/admin/{code}/catalog/entry/{id?}", View) { Item = RouteItem.CatalogEntry };
        yield return new("POST", "/admin/{code}/catalog/entry/{id?}", Edit) { Item = RouteItem.CatalogEntry, Form = (site, _) => EntryFields(site) };
        yield return new("GET", "/admin/{code}/catalog/versions", View);
        yield return new("POST", "/admin/{code}/catalog/versions", Review) { Handler = "Approve", Form = (_, _) => [("number", "1")] };
        yield return new("POST", "/admin/{code}/catalog/versions", Review) { Handler = "Return", Form = (_, _) => [("number", "1"), ("Reason", "授权矩阵：请补充材料。")] };
        yield return new("GET", "/admin/{code}/catalog/compare", View);

        yield return new("GET", "/admin/{code}/columns", View);
        yield return new("POST", "/admin/{code}/columns", Edit)
        {
            Handler = "Add", Form = (_, _) => [("title", "授权矩阵新栏目"), ("slug", $"matrix-{Guid.NewGuid():N}"[..16]), ("kind", "List")],
        };
        yield return new("POST", "/admin/{code}/columns", Edit)
        {
            Handler = "Rename", Item = RouteItem.Column, Form = (_, id) => [("columnId", id), ("title", "授权矩阵测试栏目")],
        };
        yield return new("POST", "/admin/{code}/columns", Edit) { Handler = "Move", Item = RouteItem.Column, Form = (_, id) => [("columnId", id), ("parentId", "")] };
        yield return new("POST", "/admin/{code}/columns", Edit)
        {
            Handler = "Hidden", Item = RouteItem.Column, Form = (_, id) => [("columnId", id), ("hidden", "false")],
        };
        yield return new("POST", "/admin/{code}/columns", Edit) { Handler = "Remove", Item = RouteItem.NewColumn, Form = (_, id) => [("columnId", id)] };

        yield return new("GET", "/admin/{code}/articles", View);
        yield return new("GET", "/admin/{code}/articles/edit/{id?}", View) { Item = RouteItem.Article };
        foreach (var handler in new[] { "Save", "Publish", "Submit" })
        {
            yield return new("POST", "/admin/{code}/articles/edit/{id?}", Edit) { Handler = handler, Item = RouteItem.Article, Form = (site, _) => ArticleFields(site) };
        }

        yield return new("POST", "/admin/{code}/articles/edit/{id?}", Edit)
        {
            Handler = "Schedule", Item = RouteItem.Article, Form = (site, _) => [.. ArticleFields(site), ("Input.ScheduleAt", "2099-01-01T08:00")],
        };
        yield return new("POST", "/admin/{code}/articles/edit/{id?}", Edit) { Handler = "Unpublish", Item = RouteItem.Article };
        yield return new("POST", "/admin/{code}/articles/edit/{id?}", Review) { Handler = "Approve", Item = RouteItem.Article };
        yield return new("POST", "/admin/{code}/articles/edit/{id?}", Review)
        {
            Handler = "Return", Item = RouteItem.Article, Form = (_, _) => [("reason", "授权矩阵：请补充材料。")],
        };
        yield return new("GET", "/admin/{code}/articles/preview/{id}", View) { Item = RouteItem.Article };

        // The dashboard names draft titles, so it is read like the drafts; an empty rule removes a rule (none was set).
        yield return new("GET", "/admin/{code}/compliance", View);
        yield return new("GET", "/admin/{code}/compliance", View) { Handler = "Export" };
        yield return new("POST", "/admin/{code}/compliance", Edit) { Handler = "Rule", Form = (_, _) => [("Phrase", "授权矩阵公开时限"), ("Rule", "")] };
        yield return new("GET", "/admin/{code}/compliance/sites", Compliance);
        yield return new("GET", "/admin/{code}/compliance/sites", Compliance) { Handler = "Export" };

        yield return new("GET", "/admin/{code}/disclosure-settings", Manage);
        yield return new("POST", "/admin/{code}/disclosure-settings", Manage)
        {
            Form = (_, _) => [("OrganisationCode", ""), ("IndexNumberRule", IndexNumberRule.Default), ("RequireArticleReview", "false")],
        };
    }

    private static IEnumerable<AdminRoute> Api()
    {
        yield return new("GET", "/api/admin/sites", null);
        yield return new("GET", "/api/admin/{code}/features", Manage);
        yield return new("POST", "/api/admin/{code}/features/{featureId}/enable", Manage);
        yield return new("POST", "/api/admin/{code}/features/{featureId}/disable", Manage);
        yield return new("GET", "/api/admin/{code}/audit", Audit);
        yield return new("PUT", "/api/admin/{code}", Manage) { Json = _ => new { sponsor = "授权矩阵主办单位" } };
        // A recipe that no site level takes and a code that is no division below: refused by the rules, after the permission check.
        yield return new("POST", "/api/admin/{code}/scaffold", Manage) { Json = _ => new { recipe = "no-such-recipe" } };
        yield return new("POST", "/api/admin/{code}/sites", Manage) { Json = _ => new { code = "000" } };
        yield return new("GET", "/api/admin/{code}/users", Manage);
        yield return new("POST", "/api/admin/{code}/users", Manage) { Json = _ => new { userName = NewUserName(), role = "editor" } };
        yield return new("PUT", "/api/admin/{code}/users/{userName}/roles/{role}", Manage);
        yield return new("DELETE", "/api/admin/{code}/users/{userName}/roles/{role}", Manage);

        yield return new("GET", "/api/admin/{code}/articles", View);
        yield return new("GET", "/api/admin/{code}/articles/{id}", View) { Item = RouteItem.Article };
        yield return new("POST", "/api/admin/{code}/articles", Edit) { Json = site => new { title = "授权矩阵新文章", columnId = site.ListColumnId } };
        yield return new("PUT", "/api/admin/{code}/articles/{id}", Edit)
        {
            Item = RouteItem.Article, Json = site => new { title = "授权矩阵测试文章", columnId = site.ListColumnId },
        };
        foreach (var action in new[] { "publish", "unpublish", "submit" })
        {
            yield return new("POST", $"/api/admin/{{code}}/articles/{{id}}/{action}", Edit) { Item = RouteItem.Article };
        }

        yield return new("POST", "/api/admin/{code}/articles/{id}/approve", Review) { Item = RouteItem.Article };
        yield return new("POST", "/api/admin/{code}/articles/{id}/return", Review) { Item = RouteItem.Article, Json = _ => new { reason = "授权矩阵：请补充材料。" } };
        // A far-off time, so the background publisher never acts between a request and the check that follows it.
        yield return new("POST", "/api/admin/{code}/articles/{id}/schedule", Edit) { Item = RouteItem.Article, Json = _ => new { atUtc = FarFuture } };
        yield return new("GET", "/api/admin/{code}/disclosure-settings", Manage);
        yield return new("PUT", "/api/admin/{code}/disclosure-settings", Manage)
        {
            Json = _ => new { organisationCode = "", indexNumberRule = IndexNumberRule.Default, requireArticleReview = false },
        };

        yield return new("GET", "/api/admin/{code}/catalog", View);
        yield return new("POST", "/api/admin/{code}/catalog/entries", Edit)
        {
            Json = site => site.Entry with { ContentItemId = "", ColumnId = null, Item = $"授权矩阵新事项 {Guid.NewGuid():N}" },
        };
        yield return new("PUT", "/api/admin/{code}/catalog/entries/{id}", Edit) { Item = RouteItem.CatalogEntry, Json = site => site.Entry };
        yield return new("PUT", "/api/admin/{code}/catalog/domains/{key}/not-applicable", Edit) { Json = _ => new { reason = (string?)null } };
        yield return new("POST", "/api/admin/{code}/catalog/submit", Edit);
        yield return new("GET", "/api/admin/{code}/catalog/versions", View);
        yield return new("POST", "/api/admin/{code}/catalog/versions/{number:int}/approve", Review);
        yield return new("POST", "/api/admin/{code}/catalog/versions/{number:int}/return", Review) { Json = _ => new { reason = "授权矩阵：请补充材料。" } };
        yield return new("GET", "/api/admin/{code}/catalog/compare", View) { Query = "?from=draft&to=public" };

        yield return new("GET", "/api/admin/{code}/columns", View);
        yield return new("POST", "/api/admin/{code}/columns", Edit)
        {
            Json = _ => new { title = "授权矩阵新栏目", slug = $"matrix-{Guid.NewGuid():N}"[..16], parentId = (string?)null, kind = "List" },
        };
        yield return new("PATCH", "/api/admin/{code}/columns/{id}", Edit) { Item = RouteItem.Column, Json = _ => new { title = "授权矩阵测试栏目" } };
        yield return new("DELETE", "/api/admin/{code}/columns/{id}", Edit) { Item = RouteItem.NewColumn };
    }

    private static string NewUserName() => $"matrix-new-{Guid.NewGuid():N}"[..20];

    private static (string, string)[] ArticleFields(SiteSamples site) => [("Input.Title", "授权矩阵测试文章"), ("Input.ColumnId", site.ListColumnId)];

    private static (string, string)[] EntryFields(SiteSamples site) =>
    [
        ("Form.Domain", site.Entry.Domain), ("Form.Category", site.Entry.Category), ("Form.Item", site.Entry.Item),
        ("Form.Elements", site.Entry.Elements), ("Form.Method", site.Entry.Method.ToString()), ("Form.ColumnId", site.Entry.ColumnId ?? ""),
    ];
}
