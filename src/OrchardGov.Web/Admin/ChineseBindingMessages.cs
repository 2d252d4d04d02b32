using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace OrchardGov.Web.Admin;

/// <summary>Model binding's messages for values that cannot be read (a malformed date, say), in Simplified Chinese.</summary>
public static class ChineseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        messages.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "这里必须填写数字。");
        messages.SetValueMustNotBeNullAccessor(value => $"“{value}”不能为空。");
        messages.SetMissingBindRequiredValueAccessor(field => $"缺少{field}。");
        messages.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求没有内容。");
    }
}
