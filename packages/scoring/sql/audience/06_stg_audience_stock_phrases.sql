-- Comments anyone could leave under any video: compliments and reactions with no word about the video. Matched
-- against a comment's text lower-cased with punctuation, symbols and emoji removed; a comment of emoji and symbols
-- alone is generic without this list.
-- reads: (nothing)
with final as (
    select phrase from (values
        ('nice'), ('wow'), ('cool'), ('cute'), ('so cute'), ('omg'), ('lol'), ('lmao'), ('yes'), ('fire'), ('goals'), ('slay'),
        ('love'), ('love it'), ('love this'), ('i love this'), ('love u'), ('amazing'), ('awesome'), ('beautiful'), ('great'),
        ('great video'), ('nice video'), ('good video'), ('great content'), ('nice content'), ('keep it up'), ('keep going'),
        ('so good'), ('so true'), ('well done'), ('congrats'), ('first'), ('same'), ('facts'), ('real'), ('perfect'),
        ('wow amazing'), ('nice one'), ('good job'), ('follow me'), ('check my page'), ('follow back')
    ) as t(phrase)
)

select * from final
