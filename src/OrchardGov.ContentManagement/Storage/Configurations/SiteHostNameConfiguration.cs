using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class SiteHostNameConfiguration : IEntityTypeConfiguration<SiteHostName>
{
    public void Configure(EntityTypeBuilder<SiteHostName> hostName)
    {
        hostName.ToTable("SiteHostNames");
        hostName.HasKey(h => h.Id);
        hostName.Property(h => h.HostName).HasMaxLength(253);
        hostName.HasIndex(h => h.HostName).IsUnique();
    }
}
