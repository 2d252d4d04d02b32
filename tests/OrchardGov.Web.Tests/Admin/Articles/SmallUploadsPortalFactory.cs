using Microsoft.AspNetCore.Hosting;

namespace OrchardGov.Web.Tests.Admin.Articles;

/// <summary>A host that takes uploads of at most <see cref="MaxUploadBytes"/>, so a test can go over the limit cheaply.</summary>
public sealed class SmallUploadsPortalFactory : PortalFactory
{
    public const int MaxUploadBytes = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OrchardGov:Media:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
