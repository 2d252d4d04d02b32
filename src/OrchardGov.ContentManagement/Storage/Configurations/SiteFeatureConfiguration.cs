using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Features;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class SiteFeatureConfiguration : IEntityTypeConfiguration<SiteFeature>
{
    public void Configure(EntityTypeBuilder<SiteFeature> feature)
    {
        feature.ToTable("SiteFeatures");
        feature.HasKey(f => new { f.SiteId, f.FeatureId });
        feature.Property(f => f.FeatureId).HasMaxLength(255);
        feature.HasOne<Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
