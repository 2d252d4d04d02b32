using System.Text;
using OrchardGov.ContentManagement.Media;

namespace OrchardGov.ContentManagement.Tests.Media;

public sealed class UploadCheckTests
{
    private const long OneMegabyte = 1024 * 1024;

    private readonly UploadCheck _check = new(UploadPolicy.Default);

    public static TheoryData<string, byte[]> RealFiles => new()
    {
        { "通知.pdf", SampleHeads.Pdf },
        { "通知.ofd", SampleHeads.Zip },
        { "旧稿.doc", SampleHeads.Ole2 },
        { "新稿.docx", SampleHeads.Zip },
        { "公文.wps", SampleHeads.Ole2 },
        { "统计表.xls", SampleHeads.Ole2 },
        { "统计表.xlsx", SampleHeads.Zip },
        { "统计表.et", SampleHeads.Ole2 },
        { "汇报.ppt", SampleHeads.Ole2 },
        { "汇报.pptx", SampleHeads.Zip },
        { "名单.csv", SampleHeads.Utf8Csv },
        { "说明.txt", SampleHeads.Utf8Csv },
        { "附件.zip", SampleHeads.Zip },
        { "附件.rar", SampleHeads.Rar },
        { "附件.7z", SampleHeads.SevenZip },
        { "现场.jpg", SampleHeads.Jpeg },
        { "现场.JPEG", SampleHeads.Jpeg },
        { "现场.png", SampleHeads.Png },
        { "动图.gif", SampleHeads.Gif87 },
        { "动图2.gif", SampleHeads.Gif89 },
        { "现场.webp", SampleHeads.Webp },
        { "发布会.mp4", SampleHeads.Mp4 },
        { "解读.mp3", SampleHeads.Mp3WithTag },
        { "解读2.mp3", SampleHeads.Mp3Frame },
        { "解读3.mp3", SampleHeads.Padded([0xFF, 0xF3, 0x64, 0xC4]) },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Every_allowed_kind_of_file_is_accepted_under_its_own_name(string fileName, byte[] head)
    {
        var verdict = _check.Check(fileName, 200 * 1024, head);

        Assert.True(verdict.Accepted, verdict.Problem);
        Assert.Equal(fileName, verdict.StoredName);
        Assert.Null(verdict.Problem);
    }

    [Fact]
    public void A_windows_program_renamed_to_pdf_is_refused_as_a_program()
    {
        var verdict = _check.Check("通知.pdf", 80 * 1024, SampleHeads.WindowsProgram);

        Assert.False(verdict.Accepted);
        Assert.Null(verdict.StoredName);
        Assert.Equal("“通知.pdf”的内容不是 PDF 文件（看起来是可执行程序），已拒绝。", verdict.Problem);
    }

    [Fact]
    public void A_linux_program_renamed_to_docx_is_refused_as_a_program()
    {
        var verdict = _check.Check("报告.docx", 80 * 1024, SampleHeads.LinuxProgram);

        Assert.Equal("“报告.docx”的内容不是 DOCX 文件（看起来是可执行程序），已拒绝。", verdict.Problem);
    }

    [Theory]
    [InlineData("说明.txt")]
    [InlineData("名单.csv")]
    [InlineData("附件.zip")]
    public void A_program_or_script_is_refused_whatever_its_extension(string fileName)
    {
        var programWhoseHeadIsText = Encoding.ASCII.GetBytes("MZ this header has no NUL byte in it");

        Assert.Contains("可执行程序", _check.Check(fileName, 1024, programWhoseHeadIsText).Problem);
        Assert.Contains("可执行程序", _check.Check(fileName, 1024, SampleHeads.LinuxProgram).Problem);
        Assert.Contains($"“{fileName}”的内容不是", _check.Check(fileName, 1024, SampleHeads.ShellScript).Problem);
        Assert.Contains("可执行脚本", _check.Check(fileName, 1024, SampleHeads.ShellScript).Problem);
    }

    [Fact]
    public void A_picture_named_as_a_pdf_is_refused_saying_what_it_looks_like()
    {
        var verdict = _check.Check("图片.pdf", 30 * 1024, SampleHeads.Png);

        Assert.Equal("“图片.pdf”的内容不是 PDF 文件（看起来是 PNG 图片），已拒绝。", verdict.Problem);
    }

    [Fact]
    public void An_old_word_document_renamed_to_docx_is_refused()
    {
        var verdict = _check.Check("旧稿.docx", 30 * 1024, SampleHeads.Ole2);

        Assert.Equal("“旧稿.docx”的内容不是 DOCX 文件（看起来是旧版 Office/WPS 文档），已拒绝。", verdict.Problem);
    }

    [Fact]
    public void Content_of_no_known_kind_is_refused_as_possibly_damaged()
    {
        var verdict = _check.Check("现场.jpg", 30 * 1024, SampleHeads.Padded([0x00, 0x01, 0x02, 0x03]));

        Assert.Equal("“现场.jpg”的内容不是 JPG 文件，已拒绝。文件可能已损坏或被改过扩展名，请检查后重新上传。", verdict.Problem);
    }

    [Fact]
    public void A_csv_saved_in_gbk_is_accepted()
    {
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;

        var verdict = _check.Check("名单.csv", 2048, gbk.GetBytes("序号,姓名,单位\r\n1,张三,县人民政府办公室\r\n2,李四,𠀀镇\r\n"));

        Assert.True(verdict.Accepted, verdict.Problem);
    }

    [Fact]
    public void A_text_file_saved_as_utf16_is_refused_with_how_to_save_it()
    {
        var verdict = _check.Check("说明.txt", 2048, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("政务公开")).ToArray());

        Assert.Equal("“说明.txt”的内容不是 UTF-8 或 GBK 编码的文本，已拒绝。请在编辑器里另存为 UTF-8 编码后再上传。", verdict.Problem);
    }

    [Fact]
    public void A_utf16_text_renamed_to_mp3_is_not_taken_for_audio()
    {
        var verdict = _check.Check("解读.mp3", 2048, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("政务公开")).ToArray());

        Assert.Equal("“解读.mp3”的内容不是 MP3 文件，已拒绝。文件可能已损坏或被改过扩展名，请检查后重新上传。", verdict.Problem);
    }

    [Fact]
    public void A_text_head_that_ends_in_the_middle_of_a_chinese_character_is_still_text()
    {
        var text = Encoding.UTF8.GetBytes("ab" + string.Concat(Enumerable.Repeat("政务公开", 500)));

        var verdict = _check.Check("说明.txt", text.Length, text.AsSpan(0, UploadCheck.HeadLength));

        Assert.True(verdict.Accepted, verdict.Problem);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_size_and_the_limit()
    {
        var verdict = _check.Check("大文件.pdf", (long)(60.2 * OneMegabyte), SampleHeads.Pdf);

        Assert.Equal("“大文件.pdf”有 60.2 MB，超过了 50 MB 的上限，请压缩或拆分后再上传。", verdict.Problem);
    }

    [Fact]
    public void A_file_just_over_the_limit_is_told_in_bytes_rather_than_as_equal_to_it()
    {
        var verdict = _check.Check("大文件.pdf", 50 * OneMegabyte + 1, SampleHeads.Pdf);

        Assert.Equal("“大文件.pdf”有 52,428,801 字节，超过了 50 MB（52,428,800 字节）的上限，请压缩或拆分后再上传。", verdict.Problem);
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_accepted()
    {
        Assert.True(_check.Check("大文件.pdf", 50 * OneMegabyte, SampleHeads.Pdf).Accepted);
    }

    [Fact]
    public void A_site_can_set_a_smaller_limit()
    {
        var check = new UploadCheck(UploadPolicy.Default with { MaxBytes = 10 * OneMegabyte });

        Assert.Equal("“现场.jpg”有 12 MB，超过了 10 MB 的上限，请压缩或拆分后再上传。", check.Check("现场.jpg", 12 * OneMegabyte, SampleHeads.Jpeg).Problem);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var verdict = _check.Check("空白.pdf", 0, []);

        Assert.Equal("“空白.pdf”是空文件，请检查后重新上传。", verdict.Problem);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("page.html")]
    [InlineData("logo.svg")]
    [InlineData("app.js")]
    [InlineData("通知.PDF.exe")]
    [InlineData("README")]
    public void A_file_of_a_kind_not_allowed_is_refused_with_the_kinds_that_are(string fileName)
    {
        var verdict = _check.Check(fileName, 1024, SampleHeads.Pdf);

        Assert.False(verdict.Accepted);
        Assert.StartsWith($"不允许上传“{fileName}”：允许的文件类型有 PDF、OFD、Word、WPS、Excel、WPS表格、PPT、文本、CSV、ZIP压缩包、RAR压缩包、7z压缩包、图片、视频、音频（.pdf .ofd .doc", verdict.Problem);
        Assert.EndsWith(".mp4 .mp3）。", verdict.Problem);
    }

    [Fact]
    public void A_site_that_takes_only_pdf_names_only_pdf_as_allowed()
    {
        var check = new UploadCheck(UploadPolicy.Default with { AllowedExtensions = [".pdf"] });

        Assert.Equal("不允许上传“稿件.docx”：允许的文件类型有 PDF（.pdf）。", check.Check("稿件.docx", 1024, SampleHeads.Zip).Problem);
    }

    [Fact]
    public void A_policy_cannot_allow_an_extension_whose_content_cannot_be_recognised()
    {
        var error = Assert.Throws<ArgumentException>(() => UploadPolicy.Default with { AllowedExtensions = [".pdf", ".svg"] });

        Assert.Contains(".svg", error.Message);
    }

    [Fact]
    public async Task A_stream_is_checked_from_its_start_and_left_rewound_for_storing()
    {
        var pdf = SampleHeads.Pdf.Concat(new byte[10_000]).ToArray();
        using var content = new MemoryStream(pdf);
        content.Position = content.Length;

        var verdict = await UploadCheck.CheckAsync("通知.pdf", content, UploadPolicy.Default);

        Assert.True(verdict.Accepted, verdict.Problem);
        Assert.Equal(0, content.Position);
    }

    [Fact]
    public async Task A_stream_is_measured_by_its_whole_length_not_its_head()
    {
        using var content = new MemoryStream(SampleHeads.Pdf.Concat(new byte[10_000]).ToArray());

        var verdict = await UploadCheck.CheckAsync("通知.pdf", content, UploadPolicy.Default with { MaxBytes = 8 * 1024 });

        Assert.Equal("“通知.pdf”有 10.3 KB，超过了 8 KB 的上限，请压缩或拆分后再上传。", verdict.Problem);
        Assert.Equal(0, content.Position);
    }
}
