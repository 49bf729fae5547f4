/**
 * Suggested passphrases: five words drawn at random (WebCrypto's random numbers) from the list
 * below, e.g. "maple otter seven lantern brisk". Words are common, concrete English words of
 * three to nine letters, chosen for this playbook to be easy to say aloud and to spell: words
 * that sound like another word ("bear", "flour"), have two spellings ("grey", "cosy") or are
 * hard to spell were left out. With 1101 words, five of them give about 50 bits: together with
 * the PBKDF2 work factor, far beyond guessing, and still easy to read out across a table.
 * Loaded only when someone asks for a suggestion.
 */

const LIST =
  'abacus able accordion acorn acre acrobat action active actor advice agile airport album alert alley almond alpaca ' +
  'alphabet amber anchor ancient ankle answer ant antenna anthem anvil apple apricot april apron archway arm armadillo ' +
  'arrow artist atlas attic aurora autumn avenue axe azure backpack bacon badge badger bag bagel bake baker bakery ' +
  'balance balcony ball ballad ballet balloon bamboo banana banjo bank banner barber barn barrel basil basket bat bay ' +
  'beach beaker beard beaver beetle beige bell belt bench bend bicycle binder biscuit bison black blanket blink blizzard ' +
  'blossom blue boat bold bolt bonfire book bookmark boot borrow bottle boulder bounce bouncy bouquet bowl box bracelet ' +
  'bracket branch brave bread breeze breezy brick bridge bright brisk bronze brook broom brown browse brush bubble bucket ' +
  'buckle buffalo build builder bungalow burger bus busy butcher butter button cabin cable cactus cake calm camel camera ' +
  'canal candle canoe canvas canyon cap captain careful carnival carpenter carpet carrot carry cart castle cat cauldron ' +
  'cave cedar celery chain chair chalk chance chapel chase cheek cheer cheerful cheese cheetah chef cherry chest chicken ' +
  'chilly chimney chin chipmunk choice chorus cinder cinema circus city clerk clever cliff climb clinic clipboard clock ' +
  'cloud cloudy clover coach coast coat cobra cobweb cocoa coffee coin college comb comet compass concert cook cookie ' +
  'coral cork corner cottage count courtyard cow coyote crab cracker crane crater crawl crayon cream creek cricket ' +
  'crimson crisp crow crown crunchy crystal cuddle cumin cup cupboard curious curry curtain cushion cyan daisy dance ' +
  'dancer daring dawn delta dentist desk diary dig dingo dinosaur dish district dive dockyard doctor dog dolphin donkey ' +
  'doodle door doorbell dove dragon draw drawer dream drift drive driver drizzle drum duck dune dusk dustpan dusty eager ' +
  'eagle early earmuff easel easy editor eel effort elbow elephant eleven ember emerald energy engine envelope eraser ' +
  'estuary evening event fact factory fairy falcon fancy farm farmer fast feather fence fern ferret ferry festival fetch ' +
  'field fierce fifty finch finger firework firm five fix flag flamingo float flower fluffy flute fly focus fog fold foot ' +
  'forest fork fortress forty fossil fountain fox frame fresh friday friendly frog frost funnel fuzzy galaxy gale gallop ' +
  'garage garden gardener garlic gate gather gazelle gecko gem gentle giant giggle ginger giraffe glacier glad gleaming ' +
  'glen glide glove glue goat goblin goggles gold golden goose gopher grand grape gravy green greet grove grow guard ' +
  'guide guitar gully habit hairbrush hammer hammock hamster hand happy hardy harp harvest hawk haze hazel headband heart ' +
  'hedgehog helmet heron hike hill hip hippo hollow honest honey hook hop hope horizon horn horse hose hotel hourglass ' +
  'hover hum humble hundred hunt hyena ibis iceberg idea igloo iguana indigo inkwell invent island ivory ivy jackal ' +
  'jacket jade jagged jaguar jam jar jellyfish jewel jigsaw jog jolly judge jug juggle juice jukebox july jump june ' +
  'jungle kangaroo kayak keeper kettle key keyboard kind kingdom kitchen kite kitten knee knit koala ladder ladle ' +
  'ladybird lagoon lake lamb lamp lampshade lantern large lark lasso late laugh lava lawyer leafy lemon lemonade lemur ' +
  'lens lentil leopard lesson letter level library lift lightning lilac lily lime lion lip listen lively lizard llama ' +
  'lobster locket lotus loyal luck lucky lunchbox mackerel magenta magma magnet magpie mailbox manatee mango mansion map ' +
  'maple marble marimba market maroon marsh mask mat mattress mayor meadow medal meerkat melody melon mend mermaid merry ' +
  'mesa meteor method midnight mighty milk miner mint mirror misty mitten mix modest mole moment monastery monday ' +
  'mongoose monkey moon moor moose mossy moth motion mountain mouse muddy muffin mug mule museum mushroom music mustard ' +
  'nail nap napkin narwhal navy neat necklace necktie nectar needle nest net newt nibble nimble nine noble noodle noon ' +
  'notebook november nurse nutty oak oasis oats ocean october octopus odd office olive onion opera option orange orca ' +
  'orchard orchid ostrich otter oven owl paddle padlock paint painter palace palm pan pancake panda panther paper ' +
  'parade park parrot parsley parsnip pasta pastry pasture patient pavilion peach peanut pebble pelican pen pencil ' +
  'pendant penguin pepper peppy petal pheasant piano pickle picnic pie pigeon piglet pillow pilot pin pine pinecone pink ' +
  'pinwheel pipe pirate pitcher pizza plan planet plank plant plate plateau platypus play plaza plucky plumber pocket ' +
  'poet polish polite pond ponder pony poodle poppy porcupine porridge port porter postcard pot potato potter power ' +
  'prairie prance printer project proud prune puddle puffin pull pumpkin puppet puppy purple purpose push puzzle pyramid ' +
  'quarry quick quiet quilt rabbit raccoon race radio radish raft rain rainbow raisin rake rapid rare rattle raven ready ' +
  'reason record red reef relax rescue result rhino ribbon rice rich ride ridge ring river robe robin robust rock rocket ' +
  'rocky rope rosy round royal ruby rug ruler run rust rustic rusty saddle safe saffron sage sailor salad salmon salt ' +
  'salty sandal sandbar sandbox sandy sapling satchel sauce sausage scan scarf scarlet school scout screw scribble ' +
  'seahorse seal seashell season secret seed september seven shadow shake shark sharp sheep shelf shell shield shine ' +
  'shiny shirt shoe shop shore shoulder shovel shrimp shuffle shy silent silver simple sing singer sink six skate skill ' +
  'skillet skim skin skip skunk sky sled sleek sleep sleepy slide slipper slope sloth slow small smart smile smooth snail ' +
  'snake sneeze snooze snorkel snow snowy snug sock sofa soft solid song sort soup sour spade sparkle sparkly sparrow ' +
  'spatula speedy spicy spider spin spinach splash sponge spoon spotty spring sprinkle sprinkler sprint sprout square ' +
  'squash squid squirrel stack stadium stamp stapler star starfish station steady steer stew still stingray stir stone ' +
  'stool stork storm stormy story stream street stretch string stripy stroll strong studio sturdy subway success sugar ' +
  'suitcase summer summit sunday sunflower sunny sunrise sunset super swamp swan sweater sweet swift swim swing table ' +
  'taco tadpole tailor talent talk tall tame tan tapir taxi teacher teacup teal teapot telescope temple tempo ten tender ' +
  'tent termite terrace theory thicket thimble thistle thought thousand three thumb thunder ticket tickle tidy tiger tile ' +
  'timber tiny tiptoe toast toaster toasty tomato toolbox tooth topic tornado toucan tough towel tower town tractor train ' +
  'travel tray treasure trellis tricycle tripod trolley trophy trot trout true trumpet tuba tulip tumble tundra tune ' +
  'tunnel turkey turnip turtle tutor twelve twenty twig twirl umbrella unicorn valley vase vast velvet victory village ' +
  'vine vinegar vineyard violet violin vision voice volcano vulture waffle wagon waiter walk wallet walnut walrus wand ' +
  'wander wardrobe warehouse warm warthog wash wasp watch water waterfall wave wavy weasel weaver weekend wetland wheel ' +
  'whisk whisper whistle white wiggle wildcat willow wind windmill window windy wink winter wise witty wizard wobble wolf ' +
  'wombat wonder woolly worm wrist writer yacht yak yawn yellow young zebra zero zesty zipper zoom';

export const WORDS: readonly string[] = LIST.split(' ');

/** A whole number from 0 to n - 1, uniform (rejection sampling: no bias toward the first words). */
function randomIndex(n: number, random: (buf: Uint32Array) => Uint32Array): number {
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const [x] = random(new Uint32Array(1));
    if (x! < limit) return x! % n;
  }
}

export function suggestPassphrase(count = 5, random: (buf: Uint32Array) => Uint32Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from({ length: count }, () => WORDS[randomIndex(WORDS.length, random)]!).join(' ');
}

/** Bits of a suggested passphrase of `count` words. */
export const suggestionBits = (count = 5): number => Math.floor(count * Math.log2(WORDS.length));
