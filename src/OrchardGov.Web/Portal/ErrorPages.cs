namespace OrchardGov.Web.Portal;

/// <summary>Chinese pages for "not found" and for failures; a visitor never sees a stack trace.</summary>
public static class ErrorPages
{
    public static WebApplication UseOrchardGovErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(PortalHtml.Frame("系统繁忙",
                "<h1>系统繁忙</h1><p>页面暂时无法显示，请稍后再试。如问题持续存在，请联系网站管理员。</p><p><a href=\"/\">返回首页</a></p>"));
        }));
        app.UseStatusCodePages(async status =>
        {
            var response = status.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status404NotFound)
            {
                return;
            }

            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(PortalHtml.Frame("页面不存在",
                "<h1>页面不存在</h1><p>您访问的页面不存在或已被删除，请检查网址是否正确。</p><p><a href=\"/\">返回首页</a></p>"));
        });
        return app;
    }
}
