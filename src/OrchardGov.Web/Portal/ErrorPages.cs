using OrchardGov.ContentManagement.Sites;
using OrchardGov.ContentManagement.Theming;

namespace OrchardGov.Web.Portal;

/// <summary>
/// Chinese pages for "not found" and for failures, in the theme (with the site's header and footer when the
/// address names a site); a visitor never sees a stack trace. If the theme itself fails, a plain page says the same.
/// The admin's refusals (a form without its token, a page the person may not open) get a plain Chinese page too.
/// </summary>
public static class ErrorPages
{
    private const string NotFoundMessage = "您访问的页面不存在或已被删除，请检查网址是否正确。";
    private const string ErrorMessage = "页面暂时无法显示，请稍后再试。如问题持续存在，请联系网站管理员。";

    private static readonly Dictionary<int, (string Title, string Message)> AdminRefusals = new()
    {
        [StatusCodes.Status400BadRequest] = ("请求无效", "页面已过期或请求不完整。请返回上一页，刷新后再提交。"),
        [StatusCodes.Status403Forbidden] = ("没有权限", "你没有权限打开这个页面或进行这项操作。如需权限，请联系站点管理员。"),
        [StatusCodes.Status405MethodNotAllowed] = ("请求方式不对", "这个地址只接受表单提交。"),
    };

    public static WebApplication UseOrchardGovErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await WriteAsync(context, "error", "系统繁忙", ErrorMessage);
        }));
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            if (context.Response.StatusCode == StatusCodes.Status404NotFound && !context.Request.Path.StartsWithSegments("/theme"))
            {
                await WriteAsync(context, "not-found", "页面不存在", NotFoundMessage);
            }
            else if (context.Request.Path.StartsWithSegments("/admin")
                && AdminRefusals.TryGetValue(context.Response.StatusCode, out var refusal))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(PortalHtml.Frame(refusal.Title,
                    $"<h1>{refusal.Title}</h1><p>{refusal.Message}</p><p><a href=\"/admin\">返回管理后台首页</a></p>"));
            }
        });
        return app;
    }

    private static async Task WriteAsync(HttpContext context, string template, string title, string message)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        string html;
        try
        {
            var site = await SiteOfAsync(context);
            var parent = site?.ParentId is { } parentId ? await context.RequestServices.GetRequiredService<SiteRegistry>().FindAsync(parentId) : null;
            var model = PortalModel.For(context, site, parent, title);
            model["message"] = message;
            html = await context.RequestServices.GetRequiredService<PageRenderer>().RenderAsync(site, template, model);
        }
        catch (Exception exception)
        {
            context.RequestServices.GetRequiredService<ILogger<PageRenderer>>().LogError(exception, "The theme could not render the {Template} page.", template);
            html = PortalHtml.Frame(title, $"<h1>{title}</h1><p>{message}</p><p><a href=\"/\">返回首页</a></p>");
        }

        await context.Response.WriteAsync(html);
    }

    // Usually the site the request already found (see SiteHostNames), so no second query.
    private static async Task<Site?> SiteOfAsync(HttpContext context)
    {
        var first = context.Request.Path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && SiteCodes.Problem(first) is null
            ? await context.RequestServices.GetRequiredService<SiteLookup>().FindAsync(context, first)
            : null;
    }
}
