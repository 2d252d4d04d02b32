using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrchardGov.ContentManagement.Accounts;

namespace OrchardGov.ContentManagement.Storage.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> account)
    {
        account.ToTable("UserAccounts");
        account.HasKey(a => a.Id);
        account.Property(a => a.UserName).HasMaxLength(100);
        account.HasIndex(a => a.UserName).IsUnique();
    }
}
