namespace EduRelief.Host.Demo.County;

/// <summary>The demo county's townships and the names its villages are given.</summary>
internal static class CountyGeography
{
    public const string CountyName = "示范县";

    /// <summary>The county's area code (made up, in Guizhou's 52 range); township and village codes follow it.</summary>
    public const string AreaCode = "529901";

    public static readonly string[] Townships =
        ["城关镇", "龙场镇", "羊场镇", "新场乡", "马场镇", "猫场镇", "大寨乡", "石门乡", "岩脚镇", "团结乡", "双河镇", "白果镇"];

    public static readonly string[] Communities = ["东门社区", "西关社区", "南街社区", "北岸社区"];

    public static readonly string[] Villages =
    [
        "新寨村", "坪子村", "河边村", "大坡村", "田坝村", "青山村", "沙坝村", "岩头村", "花园村", "水井村",
        "高坡村", "平寨村", "红岩村", "松林村", "小河村", "龙潭村", "凉水村", "响水村", "槐花村", "竹林村",
        "团山村", "鱼塘村", "杉木村", "核桃村", "观音村", "白岩村", "桃园村", "梨树村", "长冲村", "山脚村",
    ];

    public const int VillagesPerTownship = 8;
}
