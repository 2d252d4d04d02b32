using OrchardGov.ContentManagement.Media;

namespace OrchardGov.ContentManagement.Tests.Media;

public sealed class UploadFileNameTests
{
    private readonly UploadCheck _check = new(UploadPolicy.Default);

    [Theory]
    [InlineData("关于2026年（第一批）《政务公开》工作要点、附件 1.pdf")]
    [InlineData("Report (final) 2026-03.pdf")]
    [InlineData("县政府第3次常务会议纪要.pdf")]
    [InlineData("CONTRACT.pdf")]
    [InlineData("nul0.pdf")]
    public void Chinese_spaces_brackets_and_digits_are_fine_in_a_name(string fileName)
    {
        var verdict = _check.Check(fileName, 1024, SampleHeads.Pdf);

        Assert.True(verdict.Accepted, verdict.Problem);
        Assert.Equal(fileName, verdict.StoredName);
    }

    [Fact]
    public void Spaces_around_a_name_are_dropped_and_decomposed_accents_are_composed()
    {
        Assert.Equal("通知.pdf", _check.Check("  通知.pdf ", 1024, SampleHeads.Pdf).StoredName);
        Assert.Equal("Café.pdf", _check.Check("Cafe\u0301.pdf", 1024, SampleHeads.Pdf).StoredName);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\windows\\win.ini.pdf")]
    [InlineData("/etc/passwd.pdf")]
    [InlineData("2026/通知.pdf")]
    [InlineData("C:\\Users\\通知.pdf")]
    [InlineData("通知.pdf:hidden")]
    [InlineData("通知..pdf")]
    public void A_name_with_a_path_in_it_is_refused(string fileName)
    {
        var verdict = _check.Check(fileName, 1024, SampleHeads.Pdf);

        Assert.False(verdict.Accepted);
        Assert.Equal($"文件名“{fileName}”不能包含路径，请使用普通文件名。", verdict.Problem);
    }

    [Theory]
    [InlineData("通知\0.pdf", "通知\\u0000.pdf")]
    [InlineData("通知\u0007.pdf", "通知\\u0007.pdf")]
    [InlineData("通知\n.pdf", "通知\\u000A.pdf")]
    [InlineData("通知\u202Efdp.exe.pdf", "通知\\u202Efdp.exe.pdf")]
    public void A_name_with_control_characters_is_refused_and_shown_with_them_spelled_out(string fileName, string shown)
    {
        var verdict = _check.Check(fileName, 1024, SampleHeads.Pdf);

        Assert.Equal($"文件名“{shown}”含有控制字符，请重新命名后再上传。", verdict.Problem);
    }

    [Fact]
    public void A_name_with_half_a_character_is_refused()
    {
        var halfASurrogatePair = "通知\uD800.pdf";

        Assert.Equal("文件名“通知\\uD800.pdf”含有控制字符，请重新命名后再上传。", _check.Check(halfASurrogatePair, 1024, SampleHeads.Pdf).Problem);
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".htaccess.txt")]
    public void A_name_starting_with_a_dot_is_refused(string fileName)
    {
        Assert.Equal($"文件名“{fileName}”不能以“.”开头，请使用普通文件名。", _check.Check(fileName, 1024, SampleHeads.Pdf).Problem);
    }

    [Theory]
    [InlineData("CON.pdf")]
    [InlineData("nul.txt")]
    [InlineData("Com1.docx")]
    [InlineData("LPT9.tar.zip")]
    [InlineData("aux .pdf")]
    public void A_name_windows_reserves_for_devices_is_refused(string fileName)
    {
        Assert.Equal($"文件名“{fileName}”是 Windows 的保留名称，请换一个名字。", _check.Check(fileName, 1024, SampleHeads.Pdf).Problem);
    }

    [Theory]
    [InlineData("通知?.pdf", '?')]
    [InlineData("重要*通知.pdf", '*')]
    [InlineData("<script>.pdf", '<')]
    [InlineData("甲|乙.pdf", '|')]
    [InlineData("\"引号\".pdf", '"')]
    public void A_name_with_a_character_windows_cannot_store_is_refused(string fileName, char unusable)
    {
        Assert.Equal($"文件名“{fileName}”含有不能用在文件名里的字符“{unusable}”，请删去后再上传。", _check.Check(fileName, 1024, SampleHeads.Pdf).Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_name_is_refused(string fileName)
    {
        Assert.Equal("上传的文件没有文件名，请给文件起个名字后再上传。", _check.Check(fileName, 1024, SampleHeads.Pdf).Problem);
    }

    [Fact]
    public void A_name_of_120_characters_is_accepted_and_one_longer_is_refused_showing_its_start()
    {
        var longest = new string('a', 116) + ".pdf";
        var tooLong = new string('a', 117) + ".pdf";

        Assert.True(_check.Check(longest, 1024, SampleHeads.Pdf).Accepted);
        Assert.Equal(
            $"文件名“{new string('a', 60)}…”太长，请改短到 120 个字符以内（全是汉字时约 80 个）后再上传。",
            _check.Check(tooLong, 1024, SampleHeads.Pdf).Problem);
    }

    [Fact]
    public void A_chinese_name_too_long_for_a_linux_file_system_is_refused()
    {
        var fits = string.Concat(Enumerable.Repeat("政", 83)) + ".pdf";
        var tooLong = string.Concat(Enumerable.Repeat("政", 84)) + ".pdf";

        Assert.True(_check.Check(fits, 1024, SampleHeads.Pdf).Accepted);
        Assert.Contains("太长", _check.Check(tooLong, 1024, SampleHeads.Pdf).Problem);
    }
}
