using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.ToTable("Sites");
        site.HasKey(s => s.Id);
        site.Property(s => s.Code).HasMaxLength(32);
        site.HasIndex(s => s.Code).IsUnique();
        site.Property(s => s.Name).HasMaxLength(200);
        site.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        site.Property(s => s.SiteIdentificationCode).HasMaxLength(32);
        site.Property(s => s.IcpRecord).HasMaxLength(64);
        site.Property(s => s.PublicSecurityRecord).HasMaxLength(64);
        site.Property(s => s.Sponsor).HasMaxLength(200);
        site.Property(s => s.Contact).HasMaxLength(500);
        site.HasOne<Site>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        site.HasIndex(s => s.ParentId);
        site.HasMany(s => s.HostNames).WithOne().HasForeignKey(h => h.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
