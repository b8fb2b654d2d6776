using PerfEvalDocGen.Validation.Rules;

namespace PerfEvalDocGen.Tests.Validation.Rules;

public class PhoneNumberRuleTests
{
    [Theory]
    [InlineData("13975040329")]
    [InlineData("139 7504 0329")]
    [InlineData("0730-8221234")]
    [InlineData("(0731)84561234")]
    [InlineData("8221234转101")]
    [InlineData("0730-8221234、13975040329")]
    [InlineData("4008123123")]
    [InlineData("１３９７５０４０３２９")]
    public void Telephone_numbers_as_people_write_them_pass(string phone)
    {
        var data = RuleHarness.Clean();
        data.Signature.Phone = phone;
        Assert.Empty(RuleHarness.Run(new PhoneNumberRule(), data));
    }

    [Theory]
    [InlineData("1397504032", 10)]
    [InlineData("139750403299", 12)]
    [InlineData("0730-82212345678", 15)]
    [InlineData("0730-8221234、1397504032", 10)]
    public void A_digit_dropped_or_typed_twice_is_reported(string phone, int digits)
    {
        var data = RuleHarness.Clean();
        data.Signature.Phone = phone;
        var finding = Assert.Single(RuleHarness.Run(new PhoneNumberRule(), data));
        Assert.Equal("signature.phone", finding.JsonPath);
        Assert.Contains($"有 {digits} 位数字", finding.Message);
    }
}
