//===- ImportRelay.cpp - Relay text to the relay dialect ------------------===//
//
// A recursive-descent parser for TVM's Relay text format. Operators are
// created generically from their name and attribute dictionary; their result
// types come from the ops' own type relations (InferTypeOpInterface).
// BYOC function pairs written by --export-relay become flexmatch.composite
// again (see Byoc.h).
//
//===----------------------------------------------------------------------===//

#include "Flexmatch/Target/Relay/ImportRelay.h"
#include "Byoc.h"
#include "Lexer.h"
#include "Metadata.h"

#include "Flexmatch/Dialect/Flexmatch/FlexmatchDialect.h"
#include "Flexmatch/Dialect/Relay/RelayOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using namespace flexmatch::relay;
using llvm::StringRef;

namespace {

/// Ops of the dialect that are syntax, not Relay operators callable by name.
bool isStructuralOp(StringRef name) {
  return llvm::is_contained({"constant", "tuple", "tuple_get_item", "fn",
                             "yield", "call", "call_global", "if", "type_def"},
                            name);
}

/// The fixed operand count of a registered op, from its ODS traits.
std::optional<unsigned> fixedOperandCount(RegisteredOperationName name) {
  if (name.hasTrait<OpTrait::ZeroOperands>())
    return 0;
  if (name.hasTrait<OpTrait::OneOperand>())
    return 1;
#define FLEXMATCH_N_OPERANDS(N)                                                \
  if (name.hasTrait<OpTrait::NOperands<N>::Impl>())                            \
    return N;
  FLEXMATCH_N_OPERANDS(2)
  FLEXMATCH_N_OPERANDS(3)
  FLEXMATCH_N_OPERANDS(4)
  FLEXMATCH_N_OPERANDS(5)
  FLEXMATCH_N_OPERANDS(6)
  FLEXMATCH_N_OPERANDS(7)
  FLEXMATCH_N_OPERANDS(8)
#undef FLEXMATCH_N_OPERANDS
  return std::nullopt;
}

/// Why the call of `outer` is not the BYOC pair --export-relay writes for a
/// flexmatch.composite (empty if it is). `inner` is set to the inner
/// function when there is one.
std::string whyNotComposite(CallOp call, FnOp outer, FnOp &inner) {
  using namespace byoc;
  inner = nullptr;
  DictionaryAttr outerAttrs = outer.getAttrs();
  auto compiler = outerAttrs.getAs<StringAttr>(CompilerAttr);
  auto primitive = outerAttrs.getAs<IntegerAttr>(PrimitiveAttr);
  auto symbol = outerAttrs.getAs<StringAttr>(GlobalSymbolAttr);
  if (!compiler || !primitive || primitive.getInt() != 1 || !symbol ||
      outerAttrs.size() != 3)
    return std::string("the outer function's attributes are not exactly "
                       "Compiler=\"...\", Primitive=1, global_symbol=\"...\"");
  if (!outer.getResult().hasOneUse())
    return "the outer function is used more than once";
  Block &outerBody = outer.getBody().front();
  if (outerBody.getOperations().size() != 3)
    return "the outer function's body is not a function literal and a call "
           "of it";
  auto it = outerBody.begin();
  inner = dyn_cast<FnOp>(*it);
  auto innerCall = inner ? dyn_cast<CallOp>(*std::next(it)) : CallOp();
  if (!inner || !innerCall || innerCall.getCallee() != inner.getResult() ||
      !isa<YieldOp>(*std::next(it, 2)) ||
      cast<YieldOp>(*std::next(it, 2)).getValue() != innerCall.getResult())
    return "the outer function's body is not a function literal and a call "
           "of it";
  if (!inner.getResult().hasOneUse())
    return "the inner function is used more than once";
  if (innerCall.getArgs() != ValueRange(outerBody.getArguments()))
    return "the inner function is not called with the outer function's "
           "parameters in order";
  DictionaryAttr innerAttrs = inner.getAttrs();
  auto composite = innerAttrs.getAs<StringAttr>(CompositeAttr);
  auto function = innerAttrs.getAs<StringAttr>(FunctionAttr);
  if (!composite || !function || innerAttrs.size() != 2)
    return (llvm::Twine("the inner function's attributes are not exactly "
                        "Composite=\"...\", ") +
            FunctionAttr + "=\"...\"")
        .str();
  if (function.getValue().empty())
    return (llvm::Twine(FunctionAttr) + " is empty").str();
  StringRef suffix = symbol.getValue();
  unsigned n;
  if (!suffix.consume_front(composite.getValue()) ||
      !suffix.consume_front("_") || suffix.getAsInteger(10, n))
    return ("global_symbol \"" + symbol.getValue() + "\" is not \"" +
            composite.getValue() + "_<n>\"")
        .str();
  if (call.getResult().getType() != innerCall.getResult().getType())
    return "the call's type differs from the inner function's result type";
  return "";
}

/// Turns the BYOC pairs --export-relay writes back into flexmatch.composite.
/// A pair whose inner function has no flexmatch_function attribute (TVM's
/// own partitioned functions) stays as it is; one that has it but differs
/// from the written shape stays too, with a warning saying why.
void recognizeComposites(ModuleOp module) {
  SmallVector<CallOp> calls;
  module.walk([&](CallOp call) {
    auto outer = call.getCallee().getDefiningOp<FnOp>();
    if (outer && outer.getAttrs().get(byoc::CompilerAttr))
      calls.push_back(call);
  });
  for (CallOp call : calls) {
    auto outer = call.getCallee().getDefiningOp<FnOp>();
    FnOp inner;
    std::string why = whyNotComposite(call, outer, inner);
    if (!why.empty()) {
      bool tagged = false;
      outer.walk([&](FnOp fn) {
        tagged |= bool(fn.getAttrs().get(byoc::FunctionAttr));
      });
      if (tagged)
        emitWarning(outer.getLoc())
            << "not read back as a flexmatch.composite (imported as a plain "
               "relay.fn): "
            << why;
      continue;
    }
    DictionaryAttr innerAttrs = inner.getAttrs();
    OpBuilder builder(call);
    auto composite = flexmatch::fm::CompositeOp::create(
        builder, call.getLoc(), call.getResult().getType(),
        innerAttrs.getAs<StringAttr>(byoc::FunctionAttr),
        innerAttrs.getAs<StringAttr>(byoc::CompositeAttr),
        outer.getAttrs().getAs<StringAttr>(byoc::CompilerAttr),
        call.getArgs());
    composite.getBody().takeBody(inner.getBody());
    Block &body = composite.getBody().front();
    auto yield = cast<YieldOp>(body.getTerminator());
    builder.setInsertionPoint(yield);
    flexmatch::fm::YieldOp::create(builder, yield.getLoc(), yield.getValue());
    yield.erase();
    call.getResult().replaceAllUsesWith(composite.getResult());
    call.erase();
    outer.erase();
  }
}

class RelayParser {
public:
  RelayParser(llvm::SourceMgr &sourceMgr, MLIRContext *ctx,
              const ImportOptions &options)
      : lexer(sourceMgr, ctx), ctx(ctx), builder(ctx), options(options) {}

  OwningOpRef<ModuleOp> parseModule();

  /// Parses a whole buffer as one type (used for `/* ty=... */` comments).
  Type parseStandaloneType();

private:
  //===--- Tokens and errors ---------------------------------------------===//

  void consume() { tok = lexer.lexToken(); }
  Location loc() const { return lexer.getLoc(tok.spelling.data()); }
  ParseResult error(const llvm::Twine &message) {
    if (tok.is(Token::error)) {
      emitError(lexer.getLoc(lexer.getErrorPos()), lexer.errorMessage());
      return failure();
    }
    emitError(loc(), message);
    return failure();
  }
  ParseResult expect(Token::Kind kind, const llvm::Twine &context) {
    if (tok.is(kind)) {
      consume();
      return success();
    }
    return error("expected " + Token::describe(kind) + " " + context.str() +
                 ", found " + describeTok());
  }
  std::string describeTok() const {
    if (tok.is(Token::eof))
      return "end of file";
    return ("'" + tok.spelling + "'").str();
  }
  bool consumeIf(Token::Kind kind) {
    if (!tok.is(kind))
      return false;
    consume();
    return true;
  }

  //===--- Top level -----------------------------------------------------===//

  ParseResult parseVersion();
  void scanDefinitions();
  ParseResult parseDef();
  ParseResult parseDefAhead(StringRef name, Location callLoc);
  void sortTopLevel();
  ParseResult parseTypeDef();
  ParseResult loadMetadata();

  //===--- Types ---------------------------------------------------------===//

  Type parseType();
  ParseResult parseTypeList(Token::Kind close, SmallVectorImpl<Type> &types);

  //===--- Expressions ---------------------------------------------------===//

  struct Param {
    std::string name;
    Type type;
    Location loc;
  };
  ParseResult parseParams(SmallVectorImpl<Param> &params,
                          NamedAttrList &fnAttrs);
  Value parseBody();
  Value parseExpr();
  Value parsePrimary();
  Value parsePostfix(Value base);
  Value parseIdentifierExpr(Token ident);
  Value parseOpCall(Token name);
  Value parseFnLiteral(Location at);
  Value parseIf(Location at);
  Value parseMetaConstant(Location at);
  Value metaConstant(StringRef typeKey, int64_t index, Location at);
  Value parseScalar(bool negate, Location at);
  Attribute parseAttrValue(bool &isNone);
  ParseResult parseMetaRef(std::string &typeKey, int64_t &index);
  ParseResult checkAnnotation(Value value);
  Type parseAnnotation(StringRef text, const char *pos);
  ParseResult recoverAttrsFromAnnotation(StringRef op, Location at,
                                         NamedAttrList &attrs);
  ParseResult checkDeclared(Value value, Type declared, Location at,
                            StringRef what);

  //===--- Scopes --------------------------------------------------------===//

  struct Scope {
    llvm::StringMap<Value> names;
    bool isolated = false; // a function literal: outer names are captures
  };
  Value lookup(StringRef name, Location at);
  void bind(StringRef name, Value value) {
    scopes.back().names[name] = value;
  }

  Lexer lexer;
  Token tok;
  MLIRContext *ctx;
  OpBuilder builder;
  const ImportOptions &options;
  ModuleOp module;
  std::optional<Metadata> metadata;
  SmallVector<Scope> scopes;
  llvm::StringMap<func::FuncOp> globals;
  /// Where each `def @name` starts (its first definition), so that a call of
  /// a function defined further down can parse it first.
  llvm::StringMap<const char *> defStarts;
  /// Functions parsed ahead of their place: where their text ends.
  llvm::StringMap<const char *> defEnds;
  /// Functions being parsed (a call of one is recursion).
  llvm::StringSet<> inProgress;
  /// Source position of each top-level op, to keep the source order.
  llvm::DenseMap<Operation *, const char *> topLevelStarts;
  llvm::StringSet<> adtNames;
  SmallVector<StringRef> typeParams;
};

} // namespace

//===----------------------------------------------------------------------===//
// Top level
//===----------------------------------------------------------------------===//

OwningOpRef<ModuleOp> RelayParser::parseModule() {
  OwningOpRef<ModuleOp> owned =
      ModuleOp::create(lexer.getLoc(lexer.bufferStart()));
  module = *owned;
  builder.setInsertionPointToEnd(module.getBody());
  consume();
  if (tok.is(Token::hash_l_square) && failed(parseVersion()))
    return nullptr;
  if (!lexer.metadataText().empty() && failed(loadMetadata()))
    return nullptr;
  scanDefinitions();
  while (!tok.is(Token::eof)) {
    if (tok.isKeyword("def")) {
      // A function already parsed because an earlier one calls it.
      Lexer::State afterDef = lexer.saveState();
      Token defTok = tok;
      consume();
      auto end = tok.is(Token::global_identifier)
                     ? defEnds.find(tok.spelling.drop_front())
                     : defEnds.end();
      if (end != defEnds.end() &&
          defStarts.lookup(end->first()) == defTok.spelling.data()) {
        lexer.resetTo(end->second);
        consume();
        continue;
      }
      lexer.restoreState(afterDef);
      tok = defTok;
      if (failed(parseDef()))
        return nullptr;
    } else if (tok.isKeyword("type")) {
      if (failed(parseTypeDef()))
        return nullptr;
    } else {
      (void)error("expected 'def' or 'type' at the top level, found " +
                  describeTok());
      return nullptr;
    }
  }
  if (globals.empty()) {
    (void)error("the file defines no function (expected 'def @main(...)')");
    return nullptr;
  }
  sortTopLevel();
  recognizeComposites(module);
  if (failed(verify(module)))
    return nullptr;
  return owned;
}

ParseResult RelayParser::parseVersion() {
  consume(); // #[
  if (!tok.isKeyword("version"))
    return error("expected 'version' in the '#[...]' header");
  consume();
  if (failed(expect(Token::equal, "after 'version'")))
    return failure();
  if (!tok.is(Token::string))
    return error("expected a version string such as \"0.0.5\"");
  StringRef version = tok.spelling.drop_front().drop_back();
  if (!version.starts_with("0.0."))
    return error("unsupported Relay text version \"" + version +
                 "\" (expected 0.0.x)");
  consume();
  return expect(Token::r_square, "to close the version header");
}

ParseResult RelayParser::loadMetadata() {
  auto parsed = Metadata::parse(lexer.metadataText());
  if (!parsed) {
    emitError(lexer.getLoc(lexer.metadataStart()))
        << "malformed #[metadata] section: "
        << llvm::toString(parsed.takeError());
    return failure();
  }
  metadata = std::move(*parsed);
  return success();
}

/// Records where each top-level `def @name` starts. Braces and brackets are
/// counted so that only top-level definitions count; a lexical error stops
/// the scan (parsing reports it where it is).
void RelayParser::scanDefinitions() {
  Lexer scanner = lexer;
  Token t = tok;
  int depth = 0;
  while (!t.is(Token::eof) && !t.is(Token::error)) {
    if (t.is(Token::l_brace) || t.is(Token::l_paren) || t.is(Token::l_square))
      ++depth;
    else if (t.is(Token::r_brace) || t.is(Token::r_paren) ||
             t.is(Token::r_square))
      --depth;
    if (depth == 0 && t.isKeyword("def")) {
      const char *start = t.spelling.data();
      t = scanner.lexToken();
      if (t.is(Token::global_identifier))
        defStarts.try_emplace(t.spelling.drop_front(), start);
      continue;
    }
    t = scanner.lexToken();
  }
}

/// Parses the definition of @name, which a call at `callLoc` needs before
/// the parser reaches it, then resumes where the call is.
ParseResult RelayParser::parseDefAhead(StringRef name, Location callLoc) {
  Lexer::State resume = lexer.saveState();
  Token resumeTok = tok;
  auto savedScopes = std::move(scopes);
  scopes.clear();
  auto savedTypeParams = typeParams;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToEnd(module.getBody());
  // Back to the call whatever happens: the caller's scopes must survive.
  auto restore = llvm::scope_exit([&] {
    scopes = std::move(savedScopes);
    typeParams = savedTypeParams;
    lexer.restoreState(resume);
    tok = resumeTok;
  });
  lexer.resetTo(defStarts.lookup(name));
  consume();
  if (failed(parseDef())) {
    emitRemark(callLoc) << "while parsing @" << name
                        << ", which is called here";
    return failure();
  }
  defEnds[name] = tok.spelling.data();
  return success();
}

/// Functions parsed ahead of their place were created out of order; the
/// module lists top-level ops in source order.
void RelayParser::sortTopLevel() {
  SmallVector<Operation *> ops;
  for (Operation &op : *module.getBody())
    ops.push_back(&op);
  llvm::stable_sort(ops, [&](Operation *a, Operation *b) {
    return std::less<const char *>()(topLevelStarts.lookup(a),
                                     topLevelStarts.lookup(b));
  });
  for (Operation *op : ops)
    op->moveBefore(module.getBody(), module.getBody()->end());
}

ParseResult RelayParser::parseDef() {
  Location defLoc = loc();
  const char *defStart = tok.spelling.data();
  consume(); // def
  if (!tok.is(Token::global_identifier))
    return error("expected a global name such as '@main' after 'def'");
  std::string name = tok.spelling.drop_front().str();
  if (globals.count(name) || inProgress.contains(name))
    return error("global function @" + name + " is defined twice");
  inProgress.insert(name);
  auto done = llvm::scope_exit([&] { inProgress.erase(name); });
  consume();
  if (tok.is(Token::l_square))
    return error("generic global functions (type parameters) are not "
                 "supported");
  SmallVector<Param> params;
  NamedAttrList fnAttrs;
  if (failed(parseParams(params, fnAttrs)))
    return failure();
  Type declaredRet;
  Location retLoc = loc();
  if (consumeIf(Token::arrow) && !(declaredRet = parseType()))
    return failure();
  if (failed(expect(Token::l_brace, "to open the body of @" + name)))
    return failure();

  SmallVector<Type> argTypes;
  for (Param &p : params)
    argTypes.push_back(p.type);
  OpBuilder::InsertionGuard guard(builder);
  auto fn = func::FuncOp::create(
      builder, defLoc, name,
      builder.getFunctionType(argTypes,
                              declaredRet ? TypeRange(declaredRet)
                                          : TypeRange()));
  topLevelStarts[fn] = defStart;
  for (auto [i, p] : llvm::enumerate(params))
    fn.setArgAttr(i, "relay.name", builder.getStringAttr(p.name));
  if (!fnAttrs.empty())
    fn->setAttr("relay.attrs", fnAttrs.getDictionary(ctx));
  if (declaredRet)
    globals[name] = fn; // a declared result type allows recursion
  Block *entry = fn.addEntryBlock();
  builder.setInsertionPointToStart(entry);
  scopes.push_back(Scope{{}, /*isolated=*/true});
  for (auto [i, p] : llvm::enumerate(params))
    bind(p.name, entry->getArgument(i));
  Value result = parseBody();
  scopes.pop_back();
  if (!result)
    return failure();
  if (failed(expect(Token::r_brace, "to close the body of @" + name)))
    return failure();
  if (declaredRet &&
      failed(checkDeclared(result, declaredRet, retLoc, "the result")))
    return failure();
  func::ReturnOp::create(builder, result.getLoc(), result);
  fn.setFunctionType(builder.getFunctionType(argTypes, result.getType()));
  globals[name] = fn;
  return success();
}

ParseResult RelayParser::parseTypeDef() {
  Location at = loc();
  const char *typeStart = tok.spelling.data();
  consume(); // type
  if (!tok.is(Token::bare_identifier))
    return error("expected a type name after 'type'");
  StringRef name = tok.spelling;
  if (adtNames.contains(name))
    return error("type '" + name + "' is defined twice");
  adtNames.insert(name);
  consume();
  SmallVector<StringRef> params;
  if (consumeIf(Token::l_square)) {
    while (!consumeIf(Token::r_square)) {
      if (!tok.is(Token::bare_identifier))
        return error("expected a type parameter name");
      params.push_back(tok.spelling);
      consume();
      if (!tok.is(Token::r_square) &&
          failed(expect(Token::comma, "between type parameters")))
        return failure();
    }
  }
  if (failed(expect(Token::l_brace, "to open the constructors of " + name)))
    return failure();
  auto savedParams = typeParams;
  typeParams = params;
  SmallVector<Attribute> ctors;
  while (!consumeIf(Token::r_brace)) {
    if (!tok.is(Token::bare_identifier))
      return error("expected a constructor name in type " + name);
    SmallVector<Attribute> ctor{builder.getStringAttr(tok.spelling)};
    consume();
    if (consumeIf(Token::l_paren)) {
      SmallVector<Type> fields;
      if (failed(parseTypeList(Token::r_paren, fields)))
        return failure();
      for (Type t : fields)
        ctor.push_back(TypeAttr::get(t));
    }
    ctors.push_back(builder.getArrayAttr(ctor));
    if (!tok.is(Token::r_brace) &&
        failed(expect(Token::comma, "between constructors")))
      return failure();
  }
  typeParams = savedParams;
  auto typeDef = TypeDefOp::create(builder, at, builder.getStringAttr(name),
                                   builder.getStrArrayAttr(params),
                                   builder.getArrayAttr(ctors));
  topLevelStarts[typeDef] = typeStart;
  return success();
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

ParseResult RelayParser::parseTypeList(Token::Kind close,
                                       SmallVectorImpl<Type> &types) {
  while (!consumeIf(close)) {
    Type t = parseType();
    if (!t)
      return failure();
    types.push_back(t);
    if (!tok.is(close) && failed(expect(Token::comma, "between types")))
      return failure();
  }
  return success();
}

Type RelayParser::parseType() {
  if (tok.is(Token::l_paren)) {
    consume();
    SmallVector<Type> fields;
    if (failed(parseTypeList(Token::r_paren, fields)))
      return {};
    return TupleType::get(ctx, fields);
  }
  if (!tok.is(Token::bare_identifier)) {
    (void)error("expected a type, found " + describeTok());
    return {};
  }
  StringRef word = tok.spelling;
  Location at = loc();
  consume();
  if (word == "Tensor") {
    if (failed(expect(Token::l_square, "after 'Tensor'")) ||
        failed(expect(Token::l_paren, "to open the tensor shape")))
      return {};
    SmallVector<int64_t> shape;
    while (!consumeIf(Token::r_paren)) {
      if (tok.is(Token::question)) {
        shape.push_back(ShapedType::kDynamic);
      } else if (tok.is(Token::integer)) {
        int64_t d;
        if (tok.spelling.getAsInteger(10, d) || d < 0) {
          (void)error("invalid dimension '" + tok.spelling + "'");
          return {};
        }
        shape.push_back(d);
      } else {
        (void)error("expected a dimension (an integer or '?'), found " +
                    describeTok());
        return {};
      }
      consume();
      if (!tok.is(Token::r_paren) &&
          failed(expect(Token::comma, "between dimensions")))
        return {};
    }
    if (failed(expect(Token::comma, "before the tensor dtype")))
      return {};
    if (!tok.is(Token::bare_identifier)) {
      (void)error("expected a dtype such as float32");
      return {};
    }
    Type elem = parseDType(ctx, tok.spelling);
    if (!elem) {
      (void)error("unknown dtype '" + tok.spelling + "'");
      return {};
    }
    consume();
    if (failed(expect(Token::r_square, "to close the tensor type")))
      return {};
    return RankedTensorType::get(shape, elem);
  }
  if (word == "fn") {
    SmallVector<Type> inputs;
    if (failed(expect(Token::l_paren, "after 'fn' in a function type")) ||
        failed(parseTypeList(Token::r_paren, inputs)) ||
        failed(expect(Token::arrow, "in a function type")))
      return {};
    Type result = parseType();
    if (!result)
      return {};
    return FunctionType::get(ctx, inputs, result);
  }
  if (Type elem = parseDType(ctx, word))
    return RankedTensorType::get({}, elem);
  if (llvm::is_contained(typeParams, word))
    return TypeVarType::get(ctx, word);
  if (adtNames.contains(word)) {
    SmallVector<Type> args;
    if (consumeIf(Token::l_square) &&
        failed(parseTypeList(Token::r_square, args)))
      return {};
    return ADTType::get(ctx, word, args);
  }
  emitError(at) << "unknown type '" << word << "'";
  return {};
}

Type RelayParser::parseStandaloneType() {
  consume();
  Type t = parseType();
  if (t && !tok.is(Token::eof)) {
    (void)error("unexpected " + describeTok() + " after the type");
    return {};
  }
  return t;
}

//===----------------------------------------------------------------------===//
// Scopes
//===----------------------------------------------------------------------===//

Value RelayParser::lookup(StringRef name, Location at) {
  bool crossedFunction = false;
  for (Scope &scope : llvm::reverse(scopes)) {
    auto it = scope.names.find(name);
    if (it != scope.names.end()) {
      if (crossedFunction) {
        emitError(at) << "%" << name
                      << " is captured from an enclosing function; closures "
                         "are not supported";
        return {};
      }
      return it->second;
    }
    crossedFunction |= scope.isolated;
  }
  emitError(at) << "undefined variable %" << name;
  return {};
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

ParseResult RelayParser::parseParams(SmallVectorImpl<Param> &params,
                                     NamedAttrList &fnAttrs) {
  if (failed(expect(Token::l_paren, "to open the parameter list")))
    return failure();
  while (!consumeIf(Token::r_paren)) {
    if (tok.is(Token::local_identifier)) {
      Location at = loc();
      std::string name = tok.spelling.drop_front().str();
      if (llvm::any_of(params, [&](const Param &p) { return p.name == name; }))
        return error("parameter %" + name + " is declared twice");
      consume();
      if (!tok.is(Token::colon))
        return error("parameter %" + name +
                     " needs a type annotation (': Tensor[...]')");
      consume();
      Type type = parseType();
      if (!type)
        return failure();
      params.push_back({name, type, at});
    } else if (tok.is(Token::bare_identifier)) {
      StringRef key = tok.spelling;
      consume();
      if (failed(expect(Token::equal, "after function attribute '" +
                                          key.str() + "'")))
        return failure();
      bool isNone = false;
      Attribute value = parseAttrValue(isNone);
      if (!value && !isNone)
        return failure();
      if (value)
        fnAttrs.set(key, value);
    } else {
      return error("expected a parameter or a function attribute, found " +
                   describeTok());
    }
    if (!tok.is(Token::r_paren) &&
        failed(expect(Token::comma, "between parameters")))
      return failure();
  }
  return success();
}

Value RelayParser::parseBody() {
  while (true) {
    if (tok.isKeyword("let")) {
      Location at = loc();
      consume();
      if (!tok.is(Token::local_identifier)) {
        (void)error("expected a variable after 'let'");
        return {};
      }
      std::string name = tok.spelling.drop_front().str();
      consume();
      Type declared;
      if (consumeIf(Token::colon) && !(declared = parseType()))
        return {};
      if (failed(expect(Token::equal, "in a let binding")))
        return {};
      Value value = parseExpr();
      if (!value ||
          (declared && failed(checkDeclared(value, declared, at,
                                            "let-bound %" + name))) ||
          failed(expect(Token::semicolon, "after a let binding")))
        return {};
      bind(name, value);
      continue;
    }
    if (tok.is(Token::local_identifier)) {
      Token ident = tok;
      consume();
      if (consumeIf(Token::equal)) {
        Value value = parseExpr();
        if (!value ||
            failed(expect(Token::semicolon, "after a binding of " +
                                                ident.spelling.str())))
          return {};
        bind(ident.spelling.drop_front(), value);
        continue;
      }
      // Not a binding: the body's result starts with this variable.
      Value base = parseIdentifierExpr(ident);
      if (!base || failed(checkAnnotation(base)))
        return {};
      return parsePostfix(base);
    }
    return parseExpr();
  }
}

Value RelayParser::parseExpr() {
  Value base = parsePrimary();
  if (!base || failed(checkAnnotation(base)))
    return {};
  return parsePostfix(base);
}

Value RelayParser::parsePostfix(Value value) {
  while (true) {
    Location at = loc();
    if (consumeIf(Token::period)) {
      if (!tok.is(Token::integer)) {
        (void)error("expected a field index after '.'");
        return {};
      }
      int64_t index;
      if (tok.spelling.getAsInteger(10, index)) {
        (void)error("invalid field index '" + tok.spelling + "'");
        return {};
      }
      consume();
      if (!isa<TupleType>(value.getType())) {
        emitError(at) << "projection ." << index
                      << " applies to a tuple, not to " << value.getType();
        return {};
      }
      auto tuple = cast<TupleType>(value.getType());
      if (index < 0 || index >= int64_t(tuple.size())) {
        emitError(at) << "tuple index " << index
                      << " is out of range for a tuple of " << tuple.size()
                      << " fields";
        return {};
      }
      value = TupleGetItemOp::create(builder, at, value,
                                     builder.getI64IntegerAttr(index));
    } else if (tok.is(Token::l_paren)) {
      consume();
      SmallVector<Value> args;
      while (!consumeIf(Token::r_paren)) {
        Value arg = parseExpr();
        if (!arg)
          return {};
        args.push_back(arg);
        if (!tok.is(Token::r_paren) &&
            failed(expect(Token::comma, "between call arguments")))
          return {};
      }
      auto fnType = dyn_cast<FunctionType>(value.getType());
      if (!fnType) {
        emitError(at) << "called value is not a function: " << value.getType();
        return {};
      }
      if (TypeRange(fnType.getInputs()) != TypeRange(ValueRange(args))) {
        emitError(at) << "function of type " << fnType
                      << " is called with arguments of types "
                      << TypeRange(ValueRange(args));
        return {};
      }
      value = CallOp::create(builder, at, value, args);
    } else {
      return value;
    }
    if (failed(checkAnnotation(value)))
      return {};
  }
}

Value RelayParser::parsePrimary() {
  Location at = loc();
  switch (tok.kind) {
  case Token::l_paren: {
    consume();
    SmallVector<Value> fields;
    bool sawComma = false;
    while (!consumeIf(Token::r_paren)) {
      Value v = parseExpr();
      if (!v)
        return {};
      fields.push_back(v);
      if (!tok.is(Token::r_paren)) {
        if (failed(expect(Token::comma, "in a tuple or parenthesised "
                                        "expression")))
          return {};
        sawComma = true;
      }
    }
    if (fields.size() == 1 && !sawComma)
      return fields[0];
    return TupleOp::create(builder, at, fields);
  }
  case Token::local_identifier:
  case Token::bare_identifier:
  case Token::global_identifier: {
    Token ident = tok;
    consume();
    return parseIdentifierExpr(ident);
  }
  case Token::integer:
  case Token::floating:
    return parseScalar(false, at);
  case Token::minus:
    consume();
    if (!tok.is(Token::integer) && !tok.is(Token::floating)) {
      (void)error("expected a number after '-'");
      return {};
    }
    return parseScalar(true, at);
  default:
    (void)error("expected an expression, found " + describeTok());
    return {};
  }
}

Value RelayParser::parseIdentifierExpr(Token ident) {
  Location at = lexer.getLoc(ident.spelling.data());
  if (ident.is(Token::local_identifier))
    return lookup(ident.spelling.drop_front(), at);
  if (ident.is(Token::global_identifier)) {
    StringRef name = ident.spelling.drop_front();
    auto it = globals.find(name);
    if (it == globals.end() && inProgress.contains(name)) {
      emitError(at) << "@" << name
                    << " is called recursively, so it must declare its "
                       "result type ('def @"
                    << name << "(...) -> T')";
      return {};
    }
    if (it == globals.end() && defStarts.count(name)) {
      if (failed(parseDefAhead(name, at)))
        return {};
      it = globals.find(name);
    }
    if (it == globals.end()) {
      emitError(at) << "undefined global function @" << name;
      return {};
    }
    if (!tok.is(Token::l_paren)) {
      emitError(at) << "global function @" << name
                    << " can only be called, not used as a value";
      return {};
    }
    consume();
    SmallVector<Value> args;
    while (!consumeIf(Token::r_paren)) {
      Value arg = parseExpr();
      if (!arg)
        return {};
      args.push_back(arg);
      if (!tok.is(Token::r_paren) &&
          failed(expect(Token::comma, "between call arguments")))
        return {};
    }
    FunctionType type = it->second.getFunctionType();
    if (TypeRange(type.getInputs()) != TypeRange(ValueRange(args))) {
      emitError(at) << "@" << name << " of type " << type
                    << " is called with arguments of types "
                    << TypeRange(ValueRange(args));
      return {};
    }
    return CallGlobalOp::create(builder, at, type.getResult(0), name, args);
  }
  StringRef word = ident.spelling;
  if (word == "True" || word == "False") {
    auto type = RankedTensorType::get({}, builder.getI1Type());
    return ConstantOp::create(
        builder, at, DenseElementsAttr::get(type, word == "True"));
  }
  if (word == "fn")
    return parseFnLiteral(at);
  if (word == "if")
    return parseIf(at);
  if (word == "meta")
    return parseMetaConstant(at);
  if (word == "let" || word == "match" || word == "ref" ||
      word == "free_var") {
    emitError(at) << "'" << word
                  << "' is not supported in this position";
    return {};
  }
  return parseOpCall(ident);
}

Value RelayParser::parseOpCall(Token nameTok) {
  Location at = lexer.getLoc(nameTok.spelling.data());
  StringRef relayName = nameTok.spelling;
  std::string fullName = ("relay." + relayName).str();
  std::optional<RegisteredOperationName> opName =
      RegisteredOperationName::lookup(fullName, ctx);
  if (!opName || isStructuralOp(relayName)) {
    if (!relayName.empty() && llvm::isUpper(relayName.front()))
      emitError(at) << "'" << relayName
                    << "' is not an operator (ADT constructor calls are not "
                       "supported)";
    else
      emitError(at) << "unknown Relay operator '" << relayName << "'";
    return {};
  }
  if (failed(expect(Token::l_paren, "after operator '" + relayName.str() +
                                        "'")))
    return {};
  SmallVector<Value> operands;
  NamedAttrList attrs;
  std::optional<Location> missingMetaAttrs;
  NamedAttrList defaults;
  opName->populateDefaultAttrs(defaults);
  while (!consumeIf(Token::r_paren)) {
    if (tok.is(Token::bare_identifier)) {
      Token ident = tok;
      Location argLoc = loc();
      consume();
      if (consumeIf(Token::equal)) {
        bool isNone = false;
        Attribute value = parseAttrValue(isNone);
        if (!value && !isNone)
          return {};
        StringRef key = ident.spelling;
        if (!llvm::is_contained(opName->getAttributeNames(),
                                StringAttr::get(ctx, key))) {
          auto diag = emitError(argLoc) << "'" << relayName
                                        << "' has no attribute '" << key
                                        << "'";
          if (!opName->getAttributeNames().empty()) {
            diag << "; valid attributes: ";
            llvm::interleaveComma(opName->getAttributeNames(), diag,
                                  [&](StringAttr a) { diag << a.getValue(); });
          }
          return {};
        }
        if (attrs.get(key)) {
          emitError(argLoc) << "attribute '" << key << "' is given twice";
          return {};
        }
        if (value)
          attrs.set(key, value);
      } else if (ident.isKeyword("meta") && tok.is(Token::l_square)) {
        std::string typeKey;
        int64_t index;
        if (failed(parseMetaRef(typeKey, index)))
          return {};
        if (StringRef(typeKey).starts_with("relay.attrs.")) {
          if (!metadata) {
            // Some exported files lost their metadata section; the type
            // annotation may still tell what the attributes were.
            emitWarning(argLoc) << "meta[" << typeKey << "][" << index
                                << "] refers to a missing #[metadata] "
                                   "section";
            missingMetaAttrs = argLoc;
            if (!tok.is(Token::r_paren) &&
                failed(expect(Token::comma, "between call arguments")))
              return {};
            continue;
          }
          auto node = metadata->lookup(typeKey, index);
          llvm::Error err =
              node ? metadata->decodeAttrs(*node, defaults.getDictionary(ctx),
                                           attrs, ctx)
                   : node.takeError();
          if (err) {
            emitError(argLoc) << llvm::toString(std::move(err));
            return {};
          }
        } else {
          Value operand = metaConstant(typeKey, index, argLoc);
          if (!operand || failed(checkAnnotation(operand)))
            return {};
          operands.push_back(operand);
        }
      } else {
        Value operand = parseIdentifierExpr(ident);
        if (!operand || failed(checkAnnotation(operand)))
          return {};
        operand = parsePostfix(operand);
        if (!operand)
          return {};
        operands.push_back(operand);
      }
    } else {
      Value operand = parseExpr();
      if (!operand)
        return {};
      operands.push_back(operand);
    }
    if (!tok.is(Token::r_paren) &&
        failed(expect(Token::comma, "between call arguments")))
      return {};
  }
  if (missingMetaAttrs &&
      failed(recoverAttrsFromAnnotation(relayName, *missingMetaAttrs, attrs)))
    return {};
  opName->populateDefaultAttrs(attrs);
  std::optional<unsigned> arity = fixedOperandCount(*opName);
  if (arity && *arity != operands.size()) {
    emitError(at) << "'" << relayName << "' expects " << *arity
                  << (*arity == 1 ? " argument" : " arguments") << ", got "
                  << operands.size();
    return {};
  }
  auto *inference = opName->getInterface<InferTypeOpInterface>();
  if (!inference) {
    emitError(at) << "'" << relayName << "' cannot be called by name";
    return {};
  }
  DictionaryAttr dict = attrs.getDictionary(ctx);
  SmallVector<Type> resultTypes;
  if (failed(inference->inferReturnTypes(ctx, at, operands, dict,
                                         OpaqueProperties(nullptr),
                                         RegionRange(), resultTypes)))
    return {};
  OperationState state(at, *opName);
  state.addOperands(operands);
  state.addAttributes(attrs);
  state.addTypes(resultTypes);
  Operation *op = builder.create(state);
  return op->getResult(0);
}

ParseResult RelayParser::parseMetaRef(std::string &typeKey, int64_t &index) {
  // meta[type.key][index]; `meta` itself is consumed.
  if (failed(expect(Token::l_square, "after 'meta'")))
    return failure();
  if (!tok.is(Token::bare_identifier))
    return error("expected a type key such as relay.Constant in meta[...]");
  typeKey = tok.spelling.str();
  consume();
  if (failed(expect(Token::r_square, "after the meta type key")) ||
      failed(expect(Token::l_square, "before the meta index")))
    return failure();
  if (!tok.is(Token::integer) || tok.spelling.getAsInteger(10, index))
    return error("expected an index in meta[" + typeKey + "][...]");
  consume();
  return expect(Token::r_square, "after the meta index");
}

Value RelayParser::parseMetaConstant(Location at) {
  std::string typeKey;
  int64_t index;
  if (failed(parseMetaRef(typeKey, index)))
    return {};
  return metaConstant(typeKey, index, at);
}

Value RelayParser::metaConstant(StringRef typeKey, int64_t index,
                                Location at) {
  if (typeKey != "relay.Constant") {
    emitError(at) << "meta[" << typeKey
                  << "] cannot be used as an expression (only "
                     "meta[relay.Constant][i] can)";
    return {};
  }
  if (!metadata) {
    emitError(at) << "meta[relay.Constant] is used but the file has no "
                     "#[metadata] section";
    return {};
  }
  auto node = metadata->lookup(typeKey, index);
  if (!node) {
    emitError(at) << llvm::toString(node.takeError());
    return {};
  }
  auto value = metadata->decodeConstant(*node, ctx);
  if (!value) {
    emitError(at) << llvm::toString(value.takeError());
    return {};
  }
  return ConstantOp::create(builder, at, *value);
}

Value RelayParser::parseScalar(bool negate, Location at) {
  StringRef text = tok.spelling;
  bool isFloat = tok.is(Token::floating);
  consume();
  size_t suffixAt = text.find_first_of("fiu");
  StringRef digits = text.substr(0, suffixAt);
  StringRef suffix = suffixAt == StringRef::npos ? "" : text.substr(suffixAt);
  Type elem;
  if (suffix.empty())
    elem = isFloat ? Type(builder.getF32Type()) : Type(builder.getI32Type());
  else if (suffix == "f" || suffix == "f32")
    elem = builder.getF32Type();
  else if (suffix == "f16")
    elem = builder.getF16Type();
  else if (suffix == "f64")
    elem = builder.getF64Type();
  else if (suffix.consume_front("i") || suffix.consume_front("u")) {
    unsigned width;
    bool isUnsigned = text[suffixAt] == 'u';
    if (!suffix.getAsInteger(10, width) &&
        (width == 8 || width == 16 || width == 32 || width == 64))
      elem = IntegerType::get(ctx, width,
                              isUnsigned ? IntegerType::Unsigned
                                         : IntegerType::Signless);
  }
  if (!elem) {
    emitError(at) << "invalid literal suffix in '" << text << "'";
    return {};
  }
  auto type = RankedTensorType::get({}, elem);
  if (auto floatType = dyn_cast<FloatType>(elem)) {
    double v;
    if (digits.getAsDouble(v)) {
      emitError(at) << "invalid number '" << text << "'";
      return {};
    }
    return ConstantOp::create(
        builder, at,
        DenseElementsAttr::get(type, {Attribute(FloatAttr::get(
                                         floatType, negate ? -v : v))}));
  }
  unsigned width = elem.getIntOrFloatBitWidth();
  llvm::APInt magnitude;
  bool valid = !digits.getAsInteger(10, magnitude) &&
               magnitude.getActiveBits() <= 64;
  if (valid) {
    // Largest magnitude the type holds for this sign.
    llvm::APInt limit = elem.isUnsignedInteger()
                            ? llvm::APInt::getMaxValue(width)
                            : llvm::APInt::getSignedMaxValue(width);
    limit = limit.zext(128);
    if (negate && !elem.isUnsignedInteger())
      limit += 1;
    valid = magnitude.zext(128).ule(limit) &&
            !(negate && elem.isUnsignedInteger() && !magnitude.isZero());
  }
  if (!valid) {
    emitError(at) << "literal '" << (negate ? "-" : "") << text
                  << "' does not fit in " << printDType(elem);
    return {};
  }
  llvm::APInt value = magnitude.zextOrTrunc(width);
  if (negate)
    value.negate();
  return ConstantOp::create(
      builder, at,
      DenseElementsAttr::get(type, {Attribute(IntegerAttr::get(elem, value))}));
}

Attribute RelayParser::parseAttrValue(bool &isNone) {
  isNone = false;
  Location at = loc();
  bool negate = false;
  if (tok.is(Token::minus)) {
    negate = true;
    consume();
    if (!tok.is(Token::integer) && !tok.is(Token::floating)) {
      (void)error("expected a number after '-'");
      return {};
    }
  }
  if (tok.is(Token::integer) || tok.is(Token::floating)) {
    StringRef text = tok.spelling;
    bool isFloat = tok.is(Token::floating);
    consume();
    StringRef digits = text.substr(0, text.find_first_of("fiu"));
    if (isFloat) {
      double v;
      if (digits.getAsDouble(v)) {
        emitError(at) << "invalid number '" << text << "'";
        return {};
      }
      return builder.getF64FloatAttr(negate ? -v : v);
    }
    int64_t v;
    if (digits.getAsInteger(10, v)) {
      emitError(at) << "integer '" << text << "' is out of range";
      return {};
    }
    return builder.getI64IntegerAttr(negate ? -v : v);
  }
  if (tok.is(Token::string)) {
    StringRef raw = tok.spelling.drop_front().drop_back();
    consume();
    std::string text;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\\' && i + 1 < raw.size()) {
        char c = raw[++i];
        text.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
      } else {
        text.push_back(raw[i]);
      }
    }
    return builder.getStringAttr(text);
  }
  if (tok.isKeyword("True") || tok.isKeyword("False")) {
    bool v = tok.isKeyword("True");
    consume();
    return builder.getBoolAttr(v);
  }
  if (tok.isKeyword("None")) {
    consume();
    isNone = true;
    return {};
  }
  if (tok.is(Token::l_square)) {
    consume();
    SmallVector<Attribute> elements;
    while (!consumeIf(Token::r_square)) {
      bool elementNone = false;
      Attribute element = parseAttrValue(elementNone);
      if (!element) {
        if (elementNone)
          emitError(at) << "None is not allowed inside an array";
        return {};
      }
      elements.push_back(element);
      if (!tok.is(Token::r_square) &&
          failed(expect(Token::comma, "between array elements")))
        return {};
    }
    if (llvm::all_of(elements, [](Attribute a) { return isa<IntegerAttr>(a); })) {
      SmallVector<int64_t> ints;
      for (Attribute a : elements)
        ints.push_back(cast<IntegerAttr>(a).getInt());
      return builder.getDenseI64ArrayAttr(ints);
    }
    if (llvm::all_of(elements,
                     [](Attribute a) { return isa<IntegerAttr, FloatAttr>(a); })) {
      SmallVector<double> values;
      for (Attribute a : elements)
        values.push_back(isa<FloatAttr>(a)
                             ? cast<FloatAttr>(a).getValueAsDouble()
                             : double(cast<IntegerAttr>(a).getInt()));
      return builder.getDenseF64ArrayAttr(values);
    }
    return builder.getArrayAttr(elements);
  }
  (void)error("expected an attribute value, found " + describeTok());
  return {};
}

Value RelayParser::parseFnLiteral(Location at) {
  SmallVector<Param> params;
  NamedAttrList fnAttrs;
  if (failed(parseParams(params, fnAttrs)))
    return {};
  Type declaredRet;
  Location retLoc = loc();
  if (consumeIf(Token::arrow) && !(declaredRet = parseType()))
    return {};
  if (failed(expect(Token::l_brace, "to open the function body")))
    return {};
  SmallVector<Attribute> names;
  for (Param &p : params)
    names.push_back(builder.getStringAttr(p.name));
  auto fn = FnOp::create(builder, at, fnAttrs.getDictionary(ctx),
                         builder.getArrayAttr(names));
  OpBuilder::InsertionGuard guard(builder);
  Block *body = builder.createBlock(&fn.getBody());
  SmallVector<Type> argTypes;
  for (Param &p : params) {
    body->addArgument(p.type, p.loc);
    argTypes.push_back(p.type);
  }
  scopes.push_back(Scope{{}, /*isolated=*/true});
  for (auto [i, p] : llvm::enumerate(params))
    bind(p.name, body->getArgument(i));
  Value result = parseBody();
  scopes.pop_back();
  if (!result || failed(expect(Token::r_brace, "to close the function body")))
    return {};
  if (declaredRet &&
      failed(checkDeclared(result, declaredRet, retLoc, "the result")))
    return {};
  YieldOp::create(builder, result.getLoc(), result);
  fn.getResult().setType(
      FunctionType::get(ctx, argTypes, TypeRange(result.getType())));
  return fn.getResult();
}

Value RelayParser::parseIf(Location at) {
  if (failed(expect(Token::l_paren, "after 'if'")))
    return {};
  Value cond = parseExpr();
  if (!cond || failed(expect(Token::r_paren, "after the if condition")))
    return {};
  auto parseBranch = [&](Region &region) -> Value {
    if (failed(expect(Token::l_brace, "to open an if branch")))
      return {};
    Block *block = builder.createBlock(&region);
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(block);
    scopes.push_back(Scope{});
    Value v = parseBody();
    scopes.pop_back();
    if (!v || failed(expect(Token::r_brace, "to close an if branch")))
      return {};
    YieldOp::create(builder, v.getLoc(), v);
    return v;
  };
  auto op = IfOp::create(builder, at, builder.getNoneType(), cond);
  Value thenValue, elseValue;
  {
    OpBuilder::InsertionGuard guard(builder);
    thenValue = parseBranch(op.getThenRegion());
  }
  if (!thenValue)
    return {};
  if (!tok.isKeyword("else")) {
    (void)error("expected 'else' after an if branch");
    return {};
  }
  consume();
  {
    OpBuilder::InsertionGuard guard(builder);
    elseValue = parseBranch(op.getElseRegion());
  }
  if (!elseValue)
    return {};
  if (thenValue.getType() != elseValue.getType()) {
    emitError(at) << "if branches have different types "
                  << thenValue.getType() << " and " << elseValue.getType();
    return {};
  }
  op.getResult().setType(thenValue.getType());
  return op.getResult();
}

ParseResult RelayParser::checkDeclared(Value value, Type declared, Location at,
                                       StringRef what) {
  if (value.getType() == declared)
    return success();
  emitError(at) << what << " is declared as " << declared
                << " but its value has type " << value.getType();
  return failure();
}

Type RelayParser::parseAnnotation(StringRef text, const char *pos) {
  llvm::SourceMgr commentMgr;
  commentMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "type-annotation"),
      llvm::SMLoc());
  Location at = lexer.getLoc(pos);
  // Errors inside the comment are reported at the comment.
  ScopedDiagnosticHandler handler(ctx, [&](Diagnostic &diag) {
    emitError(at) << "malformed type annotation '" << text
                  << "': " << diag.str();
    return success();
  });
  ImportOptions plain;
  RelayParser sub(commentMgr, ctx, plain);
  sub.adtNames = adtNames;
  return sub.parseStandaloneType();
}

ParseResult RelayParser::recoverAttrsFromAnnotation(StringRef op, Location at,
                                                    NamedAttrList &attrs) {
  // Only accelerator_call's attributes are implied by its result type.
  if (op != "accelerator_call" || tok.typeComment.empty()) {
    emitError(at) << "the attributes of '" << op
                  << "' are in a missing #[metadata] section";
    return failure();
  }
  Type type = parseAnnotation(tok.typeComment, tok.typeCommentPos);
  auto tensor = dyn_cast_or_null<RankedTensorType>(type);
  if (!tensor || !tensor.hasStaticShape()) {
    emitError(at) << "the attributes of '" << op
                  << "' are in a missing #[metadata] section and its type "
                     "annotation is not a static tensor type";
    return failure();
  }
  attrs.set("output_shape", builder.getDenseI64ArrayAttr(tensor.getShape()));
  if (!tensor.getElementType().isF32())
    attrs.set("output_dtype",
              builder.getStringAttr(printDType(tensor.getElementType())));
  return success();
}

ParseResult RelayParser::checkAnnotation(Value value) {
  StringRef text = tok.typeComment;
  const char *pos = tok.typeCommentPos;
  tok.typeComment = {};
  if (!options.checkTypeAnnotations || text.empty())
    return success();
  Type annotated = parseAnnotation(text, pos);
  if (!annotated)
    return failure();
  if (annotated != value.getType()) {
    emitError(lexer.getLoc(pos))
        << "type annotation " << annotated
        << " disagrees with the inferred type " << value.getType();
    return failure();
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

OwningOpRef<ModuleOp>
flexmatch::relay::importRelay(llvm::SourceMgr &sourceMgr, MLIRContext *context,
                              const ImportOptions &options) {
  context->loadDialect<RelayDialect, func::FuncDialect,
                       flexmatch::fm::FlexmatchDialect>();
  RelayParser parser(sourceMgr, context, options);
  return parser.parseModule();
}

static llvm::cl::opt<bool> checkTypeAnnotations(
    "relay-check-types",
    llvm::cl::desc("With --import-relay: check every /* ty=... */ comment "
                   "against the inferred type"),
    llvm::cl::init(false));

void flexmatch::relay::registerImportRelayTranslation() {
  TranslateToMLIRRegistration registration(
      "import-relay", "Import TVM Relay text into the relay dialect",
      [](llvm::SourceMgr &sourceMgr,
         MLIRContext *context) -> OwningOpRef<Operation *> {
        ImportOptions options;
        options.checkTypeAnnotations = checkTypeAnnotations;
        return importRelay(sourceMgr, context, options);
      },
      [](DialectRegistry &registry) {
        registry.insert<RelayDialect, func::FuncDialect,
                        flexmatch::fm::FlexmatchDialect>();
      });
}
