namespace EduRelief.Host.Demo.County;

/// <summary>Names as a county in south-west China gives them: common surnames, with the Miao and Buyi families' own, and one or two given characters.</summary>
internal sealed class ChineseNames(Random random)
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "龙", "石",
        "潘", "蒙", "韦", "王", "杨", "吴", "李", "张", "陈", "刘", "罗", "龙", "田", "邓", "熊", "谢", "宋", "唐", "冯", "袁",
    ];

    private static readonly string[] Boys =
    [
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "鑫", "宇", "浩", "俊", "博", "文", "斌", "华", "飞",
        "鹏", "辉", "毅", "豪", "林", "峰", "健", "昊", "天", "成", "志", "家", "子", "国", "永", "兴", "德", "海", "晨", "阳",
    ];

    private static readonly string[] Girls =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "秀", "霞", "平", "桂", "英", "梅", "欣", "怡", "婷", "雪", "琳", "佳", "慧",
        "玲", "燕", "莉", "倩", "蕾", "悦", "诗", "雨", "思", "梦", "晓", "月", "馨", "妍", "瑶", "兰", "红", "春", "美", "云",
    ];

    public string Surname() => Surnames[random.Next(Surnames.Length)];

    public string Given(bool male)
    {
        var pool = male ? Boys : Girls;
        var given = pool[random.Next(pool.Length)];
        return random.Next(4) == 0 ? given : given + pool[random.Next(pool.Length)];
    }

    public string Person(bool male) => Surname() + Given(male);
}
