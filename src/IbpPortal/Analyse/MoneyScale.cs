namespace IbpPortal.Analyse;

/// <summary>The unit money is written in across one table or axis: pounds, £k, £m or £bn.</summary>
public enum MoneyScale
{
    Pounds,
    Thousands,
    Millions,
    Billions,
}
