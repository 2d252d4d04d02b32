using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Accounts;
using OrchardGov.ContentManagement.Sites;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class SiteRoleAssignmentConfiguration : IEntityTypeConfiguration<SiteRoleAssignment>
{
    public void Configure(EntityTypeBuilder<SiteRoleAssignment> assignment)
    {
        assignment.ToTable("SiteRoleAssignments");
        assignment.HasKey(a => new { a.UserId, a.SiteId, a.Role });
        assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        assignment.HasOne<Site>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasIndex(a => a.SiteId);
    }
}
